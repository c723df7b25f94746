namespace CallFlow.Server.Tests.Infrastructure;

/// <summary>The PostgreSQL server the tests may use, named by <c>CALLFLOW_TEST_POSTGRES</c> (.ci/run starts one and sets it).</summary>
public static class TestPostgres
{
    /// <summary>The environment variable holding the connection string of a PostgreSQL the tests may create schemas in.</summary>
    public const string Variable = "CALLFLOW_TEST_POSTGRES";

    /// <summary>The connection string, or empty when none is configured.</summary>
    public static string Server => Environment.GetEnvironmentVariable(Variable) ?? "";

    /// <summary>Why PostgreSQL tests are skipped, or null when they can run.</summary>
    public static string? SkipReason =>
        string.IsNullOrWhiteSpace(Server)
            ? $"{Variable} is not set: set it to a PostgreSQL connection string (`source .ci/postgres.sh && start_test_postgres` sets it) to run the PostgreSQL tests."
            : null;
}
