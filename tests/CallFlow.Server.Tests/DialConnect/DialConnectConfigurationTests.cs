using System.Net;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.DialConnect;

public sealed class DialConnectConfigurationTests
{
    [Fact]
    public async Task WhenClickToCallIsNotEnabledTheApiSaysSo()
    {
        await using var factory = ServerWith();

        using var response = await factory.CreateClient().GetAsync("/api/dial-connect");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("CallFlow:DialConnect:Enabled", (await response.ReadJsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public void EnablingClickToCallWithoutThePlatformSettingsStopsTheStartNamingEachKey()
    {
        using var factory = ServerWith(("CallFlow:DialConnect:Enabled", "true"), ("CallFlow:Platform:OutboundServicePassword", "hunter2"));

        var failure = factory.StartupFailure();

        foreach (var key in new[] { "BaseUrl", "CloudId", "Username", "OutboundService", "DefaultCallerId" })
        {
            Assert.Contains($"CallFlow:Platform:{key}", failure.Message);
        }

        Assert.DoesNotContain("hunter2", failure.Message);
    }

    [Fact]
    public void EnablingClickToCallWithNoPlatformSettingsAtAllOffersLocalMode()
    {
        using var factory = ServerWith(("CallFlow:DialConnect:Enabled", "true"));

        var failure = factory.StartupFailure();

        Assert.Contains("CallFlow:Platform:OutboundServicePassword is required", failure.Message);
        Assert.Contains("set CallFlow:Platform:Mode to local", failure.Message);
    }

    [Fact]
    public void AnUnknownPlatformModeStopsTheStartNamingTheKeyAndTheModes()
    {
        using var factory = ServerWith(("CallFlow:DialConnect:Enabled", "true"), ("CallFlow:Platform:Mode", "laptop"));

        var failure = factory.StartupFailure();

        Assert.Contains("CallFlow:Platform:Mode must be platform", failure.Message);
        Assert.Contains("or local", failure.Message);
        Assert.Contains("\"laptop\"", failure.Message);
    }

    [Fact]
    public async Task LocalModeStartsWithoutAnyPlatformSetting()
    {
        await using var factory = ServerWith(("CallFlow:DialConnect:Enabled", "true"), ("CallFlow:Platform:Mode", "local"));

        using var response = await factory.CreateClient().GetAsync("/api/dial-connect");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void AWrongCallerIdIsStillRefusedInLocalMode()
    {
        using var factory = ServerWith(("CallFlow:DialConnect:Enabled", "true"), ("CallFlow:Platform:Mode", "local"), ("CallFlow:Platform:DefaultCallerId", "not a number"));

        Assert.Contains("CallFlow:Platform:DefaultCallerId", factory.StartupFailure().Message);
    }

    [Fact]
    public void AWrongDialConnectSettingStopsTheStartNamingIt()
    {
        using var factory = ServerWith(("CallFlow:DialConnect:BatchSize", "0"));

        var failure = factory.StartupFailure();

        Assert.Contains("CallFlow:DialConnect:BatchSize", failure.Message);
    }

    // A server of its own, its database in its own data folder.
    private static CallFlowFactory ServerWith(params (string Key, string? Value)[] settings)
    {
        var factory = new CallFlowFactory().WithSettings(settings);
        return factory.WithSettings(("CallFlow:Storage:ConnectionString", $"Data Source={Path.Combine(factory.DataFolder, "callflow.db")}"));
    }
}
