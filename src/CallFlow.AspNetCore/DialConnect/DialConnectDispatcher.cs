using CallFlow.AspNetCore.Pages;
using CallFlow.AspNetCore.Platform;
using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.DialConnect;

/// <summary>
/// Starts due click-to-call requests and makes sure none stays unfinished. Each pass claims the due requests in
/// the database (so with several nodes each is started by exactly one), starts them all with ONE
/// <c>service_start</c>, then looks at dialled requests whose first or final page is overdue: <c>application_status</c>
/// tells whether a dialled call already ended, and a request past its deadline fails.
/// </summary>
public sealed class DialConnectDispatcher : BackgroundService
{
    // The platform's default secondary_call.minutes_max_call_duration (protocol.md §4).
    private static readonly TimeSpan PlatformMaxCallDuration = TimeSpan.FromMinutes(240);

    private readonly DialConnectStore _store;
    private readonly OutboundServiceClient _platform;
    private readonly TokenSigner _tokens;
    private readonly DialConnectOptions _options;
    private readonly string _defaultCallerId;
    private readonly TimeProvider _time;
    private readonly ILogger<DialConnectDispatcher> _logger;

    /// <summary>Creates the dispatcher.</summary>
    public DialConnectDispatcher(
        DialConnectStore store,
        OutboundServiceClient platform,
        TokenSigner tokens,
        IOptions<DialConnectOptions> options,
        IOptions<PlatformOptions> platformOptions,
        TimeProvider time,
        ILogger<DialConnectDispatcher> logger)
    {
        _store = store;
        _platform = platform;
        _tokens = tokens;
        _options = options.Value;
        _defaultCallerId = platformOptions.Value.CallerIdWhenNoneGiven
            ?? throw new InvalidOperationException($"{PlatformOptions.SectionName}:DefaultCallerId is required for click-to-call.");
        _time = time;
        _logger = logger;
    }

    /// <summary>One pass: start every due request (a batch at a time), then settle the overdue ones.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        while (await StartDueAsync(cancellationToken) == _options.BatchSize)
        {
            // A full batch means more may be due: keep going before sleeping.
        }

        await SettleOverdueAsync(cancellationToken);
    }

    /// <summary>Claims up to one batch of due requests and starts them with one <c>service_start</c>; answers how many were claimed.</summary>
    public async Task<int> StartDueAsync(CancellationToken cancellationToken)
    {
        var claimed = await _store.ClaimDueAsync(_options.BatchSize, cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        // The request id comes back as the first page's token, signed like every token CallFlow sends when signing is on.
        var calls = claimed.Select(r => new OutboundCall(r.PhoneNumber, r.CallerId ?? _defaultCallerId) { Token = _tokens.Sign(r.RequestId) }).ToList();
        var requestIds = calls.Zip(claimed).ToDictionary(pair => pair.First, pair => pair.Second.RequestId);
        try
        {
            var started = await _platform.StartAsync(calls, cancellationToken);
            await _store.RecordInstancesAsync(
                started.Where(s => s.ApplicationInstanceId is not null).Select(s => (requestIds[s.Call], s.ApplicationInstanceId!)).ToList(),
                cancellationToken);
            _logger.LogInformation("Click-to-call started {Count} requests with one service_start", claimed.Count);
        }
        catch (PlatformException exception)
        {
            _logger.LogWarning(exception, "Click-to-call could not start {Count} requests", claimed.Count);
            await _store.FailAsync(claimed.Select(r => r.RequestId).ToList(), DialConnectStatus.Dialing, $"The platform did not start the call: {exception.Message}", cancellationToken);
        }

        return claimed.Count;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database or the platform is away: nothing is lost (requests stay scheduled or claimed), so the next pass tries again.
                _logger.LogError(exception, "Click-to-call dispatch failed; trying again in {Interval}", _options.PollInterval);
            }

            await Task.Delay(_options.PollInterval, _time, stoppingToken);
        }
    }

    private async Task SettleOverdueAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var overdue = await _store.ListOverdueAsync(now - _options.StatusCheckAfter, now - _options.FinalPageGrace, 500, cancellationToken);
        foreach (var request in overdue)
        {
            if (request.Status == DialConnectStatus.Dialing)
            {
                await SettleDialingAsync(request, now, cancellationToken);
            }
            else if (now >= request.AnsweredAt + (request.MaxCallDuration is { } minutes ? TimeSpan.FromMinutes(minutes) : PlatformMaxCallDuration) + _options.FinalPageGrace)
            {
                await FailAsync(request, $"No final page arrived within {_options.FinalPageGrace} after the call's maximum duration; how the call ended is unknown.", cancellationToken);
            }
        }
    }

    private async Task SettleDialingAsync(DialConnectRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now - request.DialingAt >= _options.DialingTimeout)
        {
            if (await FailAsync(request, $"The call to {request.PhoneNumber} was not answered within {_options.DialingTimeout} (no first page arrived).", cancellationToken)
                && request.ApplicationInstanceId is { } instance)
            {
                await CancelInstanceAsync(instance, cancellationToken);
            }

            return;
        }

        if (request.ApplicationInstanceId is not { } instanceId || !await _store.ClaimStatusCheckAsync(request.RequestId, now - _options.StatusCheckAfter, cancellationToken))
        {
            return;
        }

        try
        {
            var status = await _platform.GetStatusAsync(instanceId, cancellationToken);
            if (status.Finished)
            {
                var detail = status.Detail ?? status.Status ?? "no detail given";
                await FailAsync(request, $"The call to {request.PhoneNumber} ended before it was answered (application_status: {detail}).", cancellationToken);
            }
        }
        catch (PlatformException exception)
        {
            _logger.LogWarning(exception, "application_status of click-to-call request {RequestId} failed; it fails after {Timeout} without a first page", request.RequestId, _options.DialingTimeout);
        }
    }

    private async Task<bool> FailAsync(DialConnectRequest request, string error, CancellationToken cancellationToken)
    {
        var failed = await _store.FailAsync([request.RequestId], request.Status, error, cancellationToken);
        if (failed.Count == 1)
        {
            _logger.LogWarning("Click-to-call request {RequestId} failed: {Error}", request.RequestId, error);
        }

        return failed.Count == 1;
    }

    // A timed-out call must not ring later: cancel its instance. The request is already failed, so a refusal is only logged.
    private async Task CancelInstanceAsync(string applicationInstanceId, CancellationToken cancellationToken)
    {
        try
        {
            await _platform.CancelAsync([applicationInstanceId], cancellationToken);
        }
        catch (PlatformException exception)
        {
            _logger.LogWarning(exception, "service_cancel of timed-out instance {InstanceId} failed", applicationInstanceId);
        }
    }
}
