using System.Net;
using System.Net.Http.Headers;
using CallFlow.AspNetCore.Security;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.Security;

/// <summary>A guessing burst is braked per client address; the platform's good requests, from its own address, never are.</summary>
public sealed class BruteForceTests : IAsyncLifetime
{
    private const string Attacker = "203.0.113.66", Platform = "198.51.100.7";
    private const int PermitLimit = 5;
    private readonly CallFlowFactory _server = new CallFlowFactory()
        .WithSettings(
            ("CallFlow:PageAuth:Username", ProtectedPagesFactory.Username),
            ("CallFlow:PageAuth:Password", ProtectedPagesFactory.Password),
            ("CallFlow:Admin:ApiKey", "brute-force-admin-key"),
            ("CallFlow:Security:FailedAuth:PermitLimit", PermitLimit.ToString()),
            ("CallFlow:Security:FailedAuth:Window", "00:10:00"))
        .WithServices(ClientAddressFromHeader.AddTo);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ABurstOfWrongPageCredentialsIsRefusedWith429AndRetryAfterWhileThePlatformIsLetIn()
    {
        var statuses = new List<HttpStatusCode>();
        for (var guess = 0; guess < 3 * PermitLimit; guess++)
        {
            using var refused = await PageAsync(Attacker, PageAuthTests.Basic(ProtectedPagesFactory.Username, $"guess-{guess}"), $"c-guess-{guess}");
            statuses.Add(refused.StatusCode);
            using var platform = await PageAsync(Platform, PageAuthTests.Basic(ProtectedPagesFactory.Username, ProtectedPagesFactory.Password), $"c-platform-{guess}");
            Assert.Equal(HttpStatusCode.OK, platform.StatusCode);
        }

        using var rightButBlocked = await PageAsync(Attacker, PageAuthTests.Basic(ProtectedPagesFactory.Username, ProtectedPagesFactory.Password), "c-guessed-right");

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, PermitLimit).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 2 * PermitLimit)), statuses);
        await AssertTooManyAsync(rightButBlocked);
        for (var guess = 0; guess < 3 * PermitLimit; guess++)
        {
            Assert.Empty(await _server.RecordedExchangesAsync($"c-guess-{guess}"));
        }
    }

    [Fact]
    public async Task ABurstOfWrongApiKeysIsRefusedWith429()
    {
        var statuses = new List<HttpStatusCode>();
        for (var guess = 0; guess < 2 * PermitLimit; guess++)
        {
            using var response = await ApiAsync(Attacker, $"key-{guess}");
            statuses.Add(response.StatusCode);
        }

        using var blocked = await ApiAsync(Attacker, "another-guess");
        using var platform = await ApiAsync(Platform, "brute-force-admin-key");

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, PermitLimit).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, PermitLimit)), statuses);
        await AssertTooManyAsync(blocked);
        Assert.Equal(HttpStatusCode.OK, platform.StatusCode);
    }

    [Fact]
    public async Task SuccessfulRequestsNeverUseUpTheLimit()
    {
        for (var call = 0; call < 4 * PermitLimit; call++)
        {
            using var response = await PageAsync(Platform, PageAuthTests.Basic(ProtectedPagesFactory.Username, ProtectedPagesFactory.Password), $"c-ok-{call}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var oneMistake = await PageAsync(Platform, PageAuthTests.Basic(ProtectedPagesFactory.Username, "typo"), "c-typo");

        Assert.Equal(HttpStatusCode.Unauthorized, oneMistake.StatusCode);
    }

    [Fact]
    public async Task APermitLimitOfZeroTurnsTheLimitOff()
    {
        await using var unlimited = new CallFlowFactory()
            .WithSettings(("CallFlow:Admin:ApiKey", "key"), ("CallFlow:Security:FailedAuth:PermitLimit", "0"));
        var client = unlimited.CreateClient();
        client.DefaultRequestHeaders.Add(AdminApiKeyFilter.HeaderName, "wrong");

        for (var guess = 0; guess < 40; guess++)
        {
            using var response = await client.GetAsync("/api/calls");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.InRange(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 600);
        Assert.Equal("Too many failed authentications", (await response.ReadJsonAsync()).GetProperty("title").GetString());
    }

    private Task<HttpResponseMessage> PageAsync(string from, string authorization, string callId)
    {
        var client = ClientFrom(from);
        client.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(authorization);
        return client.PostPageAsync("simple-connect", "first", PageRequests.Inbound(callId));
    }

    private Task<HttpResponseMessage> ApiAsync(string from, string key)
    {
        var client = ClientFrom(from);
        client.DefaultRequestHeaders.Add(AdminApiKeyFilter.HeaderName, key);
        return client.GetAsync("/api/calls");
    }

    private HttpClient ClientFrom(string address)
    {
        var client = _server.CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        return client;
    }
}
