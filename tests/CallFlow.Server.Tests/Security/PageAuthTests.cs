using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CallFlow.AspNetCore.Logging;
using CallFlow.AspNetCore.Security;
using CallFlow.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace CallFlow.Server.Tests.Security;

public sealed class ProtectedPagesFactory : CallFlowFactory
{
    public const string Username = "platform";
    public const string Password = "s3cret-Pa55";

    public ProtectedPagesFactory() =>
        WithSettings(("CallFlow:PageAuth:Username", Username), ("CallFlow:PageAuth:Password", Password))
            .WithServices(services => services.AddSingleton<ILogEventSink>(Log));

    public LogLineRecorder Log { get; } = new();
}

public class PageAuthTests(ProtectedPagesFactory factory) : IClassFixture<ProtectedPagesFactory>
{
    [Fact]
    public async Task APageRefusedForItsCredentialsIsLoggedAsRejectedWithTheReason()
    {
        await ClientWith(Basic(ProtectedPagesFactory.Username, "wrong")).PostPageAsync("simple-connect", "first", PageRequests.Inbound("c-auth-line"));

        var line = await factory.Log.WaitForLineAsync(new LogFormat(json: false).Formatter, l => l.Contains("/apps/simple-connect/first answered 401", StringComparison.Ordinal));

        Assert.Contains(" WRN] ", line, StringComparison.Ordinal);
        Assert.Contains(": rejected, call -, instance -, trace ", line, StringComparison.Ordinal);
        Assert.EndsWith("reason missing or wrong Basic credentials" + Environment.NewLine, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePlatformsCredentialsAreLetIn()
    {
        var response = await ClientWith(Basic(ProtectedPagesFactory.Username, ProtectedPagesFactory.Password))
            .PostPageAsync("simple-connect", "first", PageRequests.Inbound("c-auth-ok"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string?> RejectedAuthorizations => new()
    {
        null,
        Basic(ProtectedPagesFactory.Username, "wrong"),
        Basic("someone", ProtectedPagesFactory.Password),
        Basic(ProtectedPagesFactory.Username, ProtectedPagesFactory.Password + "x"),
        "Basic !!!not-base64!!!",
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("no-colon-here")),
        "Bearer " + Convert.ToBase64String(Encoding.UTF8.GetBytes("platform:s3cret-Pa55")),
        "Basic " + new string('A', 5000),
        "Basic",
    };

    [Theory]
    [MemberData(nameof(RejectedAuthorizations))]
    public async Task MissingWrongOrMalformedCredentialsGet401AndRunNoAppCode(string? authorization)
    {
        var callId = $"c-auth-{Guid.NewGuid():N}";

        var response = await ClientWith(authorization).PostPageAsync("simple-connect", "first", PageRequests.Inbound(callId));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(PageBasicAuthFilter.Challenge, response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await factory.RecordedExchangesAsync(callId));
    }

    [Fact]
    public async Task TheProblemDetailsNeverEchoTheCredentials()
    {
        var response = await ClientWith(Basic(ProtectedPagesFactory.Username, "guess-" + ProtectedPagesFactory.Password))
            .PostPageAsync("simple-connect", "first", PageRequests.Inbound());

        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(ProtectedPagesFactory.Password, body, StringComparison.Ordinal);
    }

    [Fact]
    public void SecretsAreComparedWithoutRegardToLengthOrPrefix()
    {
        Assert.True(SecretComparer.Matches("abc", "abc"));
        Assert.False(SecretComparer.Matches("ab", "abc"));
        Assert.False(SecretComparer.Matches("abcd", "abc"));
        Assert.False(SecretComparer.Matches("", "abc"));
    }

    private HttpClient ClientWith(string? authorization)
    {
        var client = factory.CreateClient();
        if (authorization is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        }

        return client;
    }

    internal static string Basic(string user, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
}
