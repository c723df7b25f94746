using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallFlow.Server.Tests.Telemetry;

/// <summary>An OpenTelemetry collector on loopback, over OTLP/HTTP: it keeps the path of every export it is sent.</summary>
public sealed class FakeCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _exports = new();

    private FakeCollector(WebApplication app) => _app = app;

    /// <summary>The collector's address, for <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    public string Endpoint { get; private set; } = "";

    /// <summary>The paths exports were sent to: <c>/v1/traces</c>, <c>/v1/metrics</c>, <c>/v1/logs</c>.</summary>
    public IReadOnlyList<string> Exports => _exports.ToArray();

    public static async Task<FakeCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var collector = new FakeCollector(builder.Build());
        collector._app.MapPost("/v1/{signal}", (HttpRequest request) =>
        {
            collector._exports.Enqueue(request.Path.Value!);
            return Results.Ok();
        });
        await collector._app.StartAsync();
        collector.Endpoint = collector._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return collector;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
