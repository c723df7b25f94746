namespace CallFlow.Server.Tests.Storage;

/// <summary>Marks a test class that needs the PostgreSQL server named by <c>CALLFLOW_TEST_POSTGRES</c>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute
{
    /// <summary>The environment variable holding the connection string of a PostgreSQL the tests may create schemas in.</summary>
    public const string Variable = "CALLFLOW_TEST_POSTGRES";

    /// <summary>Why PostgreSQL tests are skipped, or null when they can run.</summary>
    public static string? SkipReason =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable))
            ? $"{Variable} is not set: set it to a PostgreSQL connection string (.ci/run starts a server and sets it) to run the PostgreSQL store tests."
            : null;
}
