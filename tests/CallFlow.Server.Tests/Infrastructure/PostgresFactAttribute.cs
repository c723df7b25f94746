namespace CallFlow.Server.Tests.Infrastructure;

/// <summary>A fact that needs the PostgreSQL server named by <c>CALLFLOW_TEST_POSTGRES</c>; skipped, with the reason, without it.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
