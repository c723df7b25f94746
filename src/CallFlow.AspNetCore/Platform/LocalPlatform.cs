using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CallFlow.AspNetCore.Security;
using CallFlow.Simulator;
using CallFlow.Simulator.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.Platform;

/// <summary>
/// CallFlow playing the platform (<c>CallFlow:Platform:Mode</c> = <c>local</c>): it answers <c>service_start</c>,
/// <c>service_cancel</c> and <c>application_status</c> in process. Each started call is run in the background by the
/// platform simulator against this server's own pages (<c>/apps/{LocalApp}/first</c>, over loopback HTTP, with the
/// page credentials), so its exchanges reach the call history and the app's state moves on as with a real call.
/// </summary>
internal sealed partial class LocalPlatform : IHostedService, IDisposable
{
    /// <summary>The address the platform client is given in local mode; nothing is ever sent to it.</summary>
    public static readonly Uri BaseUri = new("http://local-platform.invalid/");

    // Finished calls are remembered for application_status; beyond this many the oldest are forgotten.
    private const int MaxRememberedCalls = 1000;

    private readonly ConcurrentDictionary<string, LocalCall> _calls = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _serving = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HttpClient _pages = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
    private readonly IServer _server;
    private readonly PlatformOptions _options;
    private readonly IOptionsMonitor<PageAuthOptions> _pageAuth;
    private readonly ILogger<LocalPlatform> _logger;
    private bool _disposed;

    public LocalPlatform(
        IServer server, IOptions<PlatformOptions> options, IOptionsMonitor<PageAuthOptions> pageAuth, IHostApplicationLifetime lifetime, ILogger<LocalPlatform> logger)
    {
        _server = server;
        _options = options.Value;
        _pageAuth = pageAuth;
        _logger = logger;
        // The pages can be requested once the server listens; a call started before then waits.
        lifetime.ApplicationStarted.Register(() => _serving.TrySetResult());
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogLocalMode(_options.LocalApp);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host torn down in a hurry (a test's factory disposed while it stops) may have disposed this already.
        if (!_disposed)
        {
            await _stopping.CancelAsync();
        }

        await Task.WhenAll(_calls.Values.Select(call => call.Run)).WaitAsync(cancellationToken);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stopping.Cancel();
        foreach (var call in _calls.Values)
        {
            call.Cancellation.Dispose();
        }

        _stopping.Dispose();
        _pages.Dispose();
    }

    /// <summary>Answers one request of the platform client as the platform's web services would.</summary>
    public async Task<HttpResponseMessage> AnswerAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var form = QueryHelpers.ParseQuery(request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
        var operation = request.RequestUri?.Segments[^1] ?? "";
        return operation switch
        {
            PlatformWire.ServiceStart => Start(form.GetValueOrDefault(PlatformWire.RestCallsField).ToString()),
            PlatformWire.ServiceCancel => Cancel(form.GetValueOrDefault(PlatformWire.InstanceIdsField).ToString()),
            PlatformWire.ApplicationStatus => Status(form.GetValueOrDefault(PlatformWire.InstanceIdField).ToString()),
            _ => Answer(HttpStatusCode.NotFound, new JsonObject { ["error"] = $"The local platform has no web service \"{operation}\"." }),
        };
    }

    private HttpResponseMessage Start(string restCalls)
    {
        IReadOnlyList<OutboundCall> calls;
        try
        {
            calls = PlatformWire.ReadRestCalls(restCalls);
        }
        catch (Exception exception) when (exception is JsonException or FormatException)
        {
            return Answer(HttpStatusCode.BadRequest, new JsonObject { ["error"] = $"{PlatformWire.RestCallsField}: {exception.Message}" });
        }

        var ids = new JsonArray();
        foreach (var outbound in calls)
        {
            var call = new LocalCall(SimulationOptions.NewApplicationInstanceId(), CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token));
            _calls[call.Id] = call;
            call.Run = Task.Run(() => RunAsync(call, outbound));
            ids.Add(call.Id);
        }

        ForgetOldCalls();
        return Answer(HttpStatusCode.OK, ids);
    }

    private HttpResponseMessage Cancel(string instanceIds)
    {
        var results = new JsonObject();
        foreach (var id in instanceIds.Split(PlatformWire.InstanceIdSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var call = _calls.GetValueOrDefault(id);
            results[id] = call is null ? "unknown" : call.Finished ? "finished" : "cancelled";
            if (call is { Finished: false })
            {
                call.Cancellation.Cancel();
            }
        }

        return Answer(HttpStatusCode.OK, results);
    }

    private HttpResponseMessage Status(string instanceId) =>
        _calls.GetValueOrDefault(instanceId) is { } call
            ? Answer(HttpStatusCode.OK, new JsonObject
            {
                [PlatformWire.InstanceIdField] = call.Id,
                ["status"] = call.Finished ? "finished" : "running",
                ["status_detail"] = call.Detail,
            })
            : Answer(HttpStatusCode.NotFound, new JsonObject { ["error"] = $"The local platform started no instance \"{instanceId}\"." });

    private async Task RunAsync(LocalCall call, OutboundCall outbound)
    {
        try
        {
            await _serving.Task.WaitAsync(call.Cancellation.Token);
            var options = new SimulationOptions(AppUrl())
            {
                Direction = "out",
                From = outbound.From ?? SimulationOptions.DefaultFrom,
                To = outbound.To,
                Token = outbound.Token,
                ApplicationInstanceId = call.Id,
                Credentials = _pageAuth.CurrentValue is { Enabled: true } auth ? new PageCredentials(auth.Username ?? "", auth.Password ?? "") : null,
            };
            var result = await new PlatformSimulator(_pages, options).RunAsync(call.Cancellation.Token);
            call.Finish(result.Succeeded ? result.CallCause : $"{result.CallCause}: {string.Join("; ", result.Problems)}");
            LogCallEnded(call.Id, outbound.To, result.CallCause, result.Steps, result.Problems.Count);
        }
        catch (OperationCanceledException)
        {
            call.Finish("cancelled");
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException or ArgumentException)
        {
            call.Finish($"failed: {exception.Message}");
            LogCallFailed(exception, call.Id, outbound.To);
        }
    }

    // The first address the server listens on, over loopback: Kestrel reports a wildcard as http://[::]:5000 or http://+:5000.
    private Uri AppUrl()
    {
        var addresses = _server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase)).FirstOrDefault()
            ?? throw new InvalidOperationException("The server listens on no address, so the local platform cannot request its pages.");
        var listening = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (listening.Host is "0.0.0.0" or "[::]")
        {
            listening.Host = "localhost";
        }

        return new Uri(listening.Uri, $"apps/{Uri.EscapeDataString(_options.LocalApp)}/");
    }

    private void ForgetOldCalls()
    {
        foreach (var id in _calls.Values.Where(c => c.Finished).OrderBy(c => c.FinishedAt).Take(_calls.Count - MaxRememberedCalls).Select(c => c.Id).ToList())
        {
            if (_calls.TryRemove(id, out var forgotten))
            {
                forgotten.Cancellation.Dispose();
            }
        }
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, JsonNode body) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    [LoggerMessage(Level = LogLevel.Warning, Message = "CallFlow:Platform:Mode is local: CallFlow plays the platform itself. Each started call runs against /apps/{App:l}/first with the platform simulator; no phone rings")]
    private partial void LogLocalMode(string app);

    [LoggerMessage(Level = LogLevel.Information, Message = "Local platform: call {InstanceId} to {To} ended {Cause} after {Steps} actions, {Problems} problems")]
    private partial void LogCallEnded(string instanceId, string to, string cause, int steps, int problems);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Local platform: call {InstanceId} to {To} could not request its pages")]
    private partial void LogCallFailed(Exception exception, string instanceId, string to);

    private sealed class LocalCall(string id, CancellationTokenSource cancellation)
    {
        private volatile string? _detail;

        public string Id { get; } = id;

        public CancellationTokenSource Cancellation { get; } = cancellation;

        public Task Run { get; set; } = Task.CompletedTask;

        public bool Finished => _detail is not null;

        public string? Detail => _detail;

        public DateTimeOffset FinishedAt { get; private set; }

        public void Finish(string detail)
        {
            FinishedAt = DateTimeOffset.UtcNow;
            _detail = detail;
        }
    }
}
