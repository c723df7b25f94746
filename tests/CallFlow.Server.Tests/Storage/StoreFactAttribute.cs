using Xunit.Sdk;

namespace CallFlow.Server.Tests.Storage;

/// <summary>
/// A fact of a store suite: runs on every engine the concrete test class targets, and is skipped with the reason
/// when that class is marked <see cref="RequiresPostgresAttribute"/> and <c>CALLFLOW_TEST_POSTGRES</c> is not set.
/// </summary>
[XunitTestCaseDiscoverer("CallFlow.Server.Tests.Storage.StoreFactDiscoverer", "CallFlow.Server.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute
{
}
