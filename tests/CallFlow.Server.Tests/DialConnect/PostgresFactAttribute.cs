namespace CallFlow.Server.Tests.DialConnect;

/// <summary>A fact that needs the PostgreSQL server named by <c>CALLFLOW_TEST_POSTGRES</c>; skipped, with the reason, without it.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "CALLFLOW_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set (`source .ci/postgres.sh && start_test_postgres` sets it).";
        }
    }
}
