using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.Storage;

/// <summary>Marks a test class that needs the PostgreSQL server named by <c>CALLFLOW_TEST_POSTGRES</c> (see <see cref="TestPostgres"/>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute
{
}
