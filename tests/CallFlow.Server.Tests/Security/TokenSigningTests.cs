using System.Net;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Verbs;
using CallFlow.AspNetCore.Apps;
using CallFlow.AspNetCore.DialConnect;
using CallFlow.AspNetCore.Pages;
using CallFlow.Server.Tests.DialConnect;
using CallFlow.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CallFlow.Server.Tests.Security;

/// <summary>
/// With <c>CallFlow:Tokens:SigningKey</c> set, the token an app returns is signed on the way out and checked on the way
/// back: handlers see their own token, and a forged or edited one gets the app's fallback without running the handler.
/// </summary>
public sealed class TokenSigningTests : IAsyncLifetime
{
    public const string SigningKey = "a-signing-key-of-at-least-32-characters!";
    private static readonly ActionsResponse Refused = new(Play.SayText("Sorry, this call cannot continue."), new HangUp());

    private readonly CallFlowFactory _signed = WithStatefulApp(new CallFlowFactory().WithSettings(("CallFlow:Tokens:SigningKey", SigningKey)));
    private readonly CallFlowFactory _unsigned = WithStatefulApp(new CallFlowFactory());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _signed.DisposeAsync();
        await _unsigned.DisposeAsync();
    }

    /// <summary>An app that keeps "basket=3" in its token and says, on its next page, the token it was handed.</summary>
    public static CallFlowFactory WithStatefulApp(CallFlowFactory factory) => factory.WithServices(services => services
        .AddCallFlowApp("stateful", app => app
            .WithFallback(Refused)
            .MapFirst(() => new ActionsResponse(new Redirect { NextPage = "next" }) { Token = "basket=3" })
            .MapPage("next", (PageContext page) => new ActionsResponse(Play.SayText("token " + page.Token), new HangUp()) { Token = page.Token })));

    [Fact]
    public async Task TheTokenSentIsSignedAndTheHandlerSeesItsOwnTokenOnTheNextPage()
    {
        var client = _signed.CreateClient();

        var token = await TokenFromFirstPageAsync(client);
        var next = await (await client.PostPageAsync("stateful", "next", WithToken(token, "c-signed"))).ReadJsonAsync();

        Assert.StartsWith("basket=3.", token, StringComparison.Ordinal);
        Assert.Equal("basket=3".Length + TokenSigner.SignatureLength, token.Length);
        Assert.Contains("token basket=3", next.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(token, next.GetProperty("token").GetString());
    }

    public static TheoryData<string> ForgedTokens => new()
    {
        "basket=3",
        "basket=300",
        "basket=4.{signature}",
        "basket=3.{signature}x",
        "basket=3.",
        ".{signature}",
        "basket=3.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    };

    [Theory]
    [MemberData(nameof(ForgedTokens))]
    public async Task AForgedOrEditedTokenGetsTheFallbackWithoutRunningTheHandler(string forged)
    {
        var client = _signed.CreateClient();
        var signature = (await TokenFromFirstPageAsync(client))["basket=3.".Length..];
        var callId = $"c-forged-{Guid.NewGuid():N}";

        using var response = await client.PostPageAsync("stateful", "next", WithToken(forged.Replace("{signature}", signature), callId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sorry, this call cannot continue.", (await response.ReadJsonAsync()).GetRawText(), StringComparison.Ordinal);
        var recorded = Assert.Single(await _signed.RecordedExchangesAsync(callId));
        Assert.Contains("token failed its signature check", recorded.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutASigningKeyTokensTravelAsTheAppWroteThem()
    {
        var client = _unsigned.CreateClient();

        var token = await TokenFromFirstPageAsync(client);
        var next = await (await client.PostPageAsync("stateful", "next", WithToken("basket=300", "c-unsigned"))).ReadJsonAsync();

        Assert.Equal("basket=3", token);
        Assert.Contains("token basket=300", next.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClickToCallSignsTheTokenItGivesServiceStartAndItsFirstPageConnects()
    {
        await using var server = await DialConnectServer.StartAsync(("CallFlow:Tokens:SigningKey", SigningKey));
        var id = (await server.SubmitAsync(new { phone_number = "12157010680", dest_phone_number = "12127773456" })).GetProperty("request_id").GetString()!;
        await DialConnectServer.WaitUntilAsync(() => server.Platform.InstanceTokens.Count == 1);
        var token = server.Platform.InstanceTokens.Single()!;

        using var first = await server.CreateClientWithoutApiKey().PostPageAsync(DialConnectPages.AppName, "first", WithToken(token, "c-web-call"));
        using var forged = await server.CreateClientWithoutApiKey().PostPageAsync(DialConnectPages.AppName, "first", WithToken(id, "c-forged-web-call"));

        Assert.StartsWith(id + ".", token, StringComparison.Ordinal);
        Assert.Contains("\"connect\"", (await first.ReadJsonAsync()).GetRawText(), StringComparison.Ordinal);
        Assert.Equal("answered", (await server.GetAsync(id)).GetProperty("status").GetString());
        Assert.DoesNotContain("\"connect\"", (await forged.ReadJsonAsync()).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void AShortSigningKeyStopsTheServerNamingTheKey()
    {
        using var server = new CallFlowFactory().WithSettings(("CallFlow:Tokens:SigningKey", "short"));

        var failure = server.StartupFailure();

        Assert.Contains("CallFlow:Tokens:SigningKey must be at least 32 characters", failure.ToString(), StringComparison.Ordinal);
    }

    private static async Task<string> TokenFromFirstPageAsync(HttpClient client)
    {
        using var first = await client.PostPageAsync("stateful", "first", PageRequests.Inbound($"c-{Guid.NewGuid():N}"));
        return (await first.ReadJsonAsync()).GetProperty("token").GetString()!;
    }

    private static System.Text.Json.Nodes.JsonObject WithToken(string token, string callId) =>
        PageRequests.With(PageRequests.Inbound(callId), info => info["token"] = token);
}
