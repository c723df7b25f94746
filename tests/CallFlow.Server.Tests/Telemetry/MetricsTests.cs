using System.Net;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Verbs;
using CallFlow.AspNetCore.Apps;
using CallFlow.AspNetCore.Security;
using CallFlow.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CallFlow.Server.Tests.Telemetry;

/// <summary>
/// The server with an app only this class uses ("metered"): the meter is process-wide, so its label is what keeps
/// these counts apart from the pages other test classes answer at the same time.
/// </summary>
public sealed class MeteredServer : CallFlowFactory
{
    public const string App = "metered";

    public MeteredServer() => WithServices(services => services.AddCallFlowApp(App, app => app
        .MapFirst(() => new ActionsResponse(new HangUp()))
        .MapPage("broken", () => (ActionsResponse)null!)));
}

public sealed class MetricsTests(MeteredServer server) : IClassFixture<MeteredServer>
{
    [Fact]
    public async Task AfterAFewPagesAndAFailedOneTheScrapeShowsTheCountsAndTheHistogramWithTheirLabels()
    {
        var client = server.CreateClient();
        for (var call = 0; call < 3; call++)
        {
            await client.PostPageAsync(MeteredServer.App, "first", PageRequests.Inbound($"c-metered-{call}"));
        }

        await client.PostPageAsync(MeteredServer.App, "broken", PageRequests.Inbound("c-metered-broken"));
        await client.PostPageAsync(MeteredServer.App, "first", "{", "application/json");

        var samples = PrometheusSample.ParseAll(await client.GetStringAsync("/metrics"));

        Assert.Equal(3, Single(samples, "callflow_page_duration_seconds_count", ("app", MeteredServer.App), ("page_kind", "first"), ("status_class", "2xx"), ("outcome", "answered")));
        Assert.Equal(1, Single(samples, "callflow_page_duration_seconds_count", ("app", MeteredServer.App), ("page_kind", "next"), ("outcome", "fallback")));
        Assert.Equal(1, Single(samples, "callflow_page_duration_seconds_count", ("app", MeteredServer.App), ("status_class", "4xx"), ("outcome", "rejected")));
        Assert.Equal(3, Single(samples, "callflow_page_duration_seconds_bucket", ("app", MeteredServer.App), ("outcome", "answered"), ("le", "+Inf")));
        Assert.Equal(1, Single(samples, "callflow_page_fallbacks_total", ("app", MeteredServer.App), ("page_kind", "next"), ("reason", "no_response")));
        Assert.True(Single(samples, "callflow_page_rejections_total", ("status", "400")) >= 1);
        Assert.True(samples.Where(s => s.Name == "callflow_store_commit_batch_size_sum").Sum(s => s.Value) >= 5, "the five exchanges were committed");
        Assert.Contains(samples, s => s.Name == "http_server_request_duration_seconds_count");
        Assert.Contains(samples, s => s.Name.StartsWith("dotnet_", StringComparison.Ordinal));
        Assert.DoesNotContain(samples, s => s.Labels.Values.Any(v => v.StartsWith("c-metered", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TheScrapeIsRefusedWithoutTheAdminKeyWhenOneIsSet()
    {
        await using var guarded = new MeteredServer().WithSettings((AdminApiKeyFilter.ConfigurationKey, "metrics-key-5d1f"));
        var client = guarded.CreateClient();

        using var refused = await client.GetAsync("/metrics");
        client.DefaultRequestHeaders.Add(AdminApiKeyFilter.HeaderName, "metrics-key-5d1f");
        using var allowed = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains("# TYPE", await allowed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static double Single(IReadOnlyList<PrometheusSample> samples, string name, params (string Key, string Value)[] labels)
    {
        var matching = samples.Where(s => s.Name == name && s.Has(labels)).ToList();
        Assert.True(matching.Count == 1, $"{matching.Count} samples of {name} with {string.Join(", ", labels)}; the scrape had:\n{string.Join("\n", samples.Where(s => s.Name.StartsWith("callflow", StringComparison.Ordinal)).Select(s => $"{s.Name} {string.Join(",", s.Labels)} {s.Value}"))}");
        return matching[0].Value;
    }
}
