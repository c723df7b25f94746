using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.Logging;

/// <summary>A logging or telemetry switch that is not a boolean stops the server with its key named.</summary>
public class ObservabilitySettingsTests
{
    [Theory]
    [InlineData("CallFlow:Logging:Json")]
    [InlineData("CallFlow:Logging:Async")]
    [InlineData("CallFlow:Telemetry:Metrics")]
    [InlineData("CallFlow:Telemetry:Traces")]
    public void ASwitchThatIsNotABooleanStopsTheServerNamingItsKey(string key)
    {
        using var server = new CallFlowFactory().WithSettings((key, "sometimes"));

        var failure = server.StartupFailure();

        Assert.Contains(key, failure.ToString(), StringComparison.Ordinal);
    }
}
