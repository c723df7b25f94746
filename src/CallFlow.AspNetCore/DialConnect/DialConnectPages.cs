using CallFlow.Actions.Parts;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Results;
using CallFlow.Actions.Verbs;
using CallFlow.AspNetCore.Apps;

namespace CallFlow.AspNetCore.DialConnect;

/// <summary>
/// The pages of the built-in <c>dial-connect</c> app, which the outbound service's first page points at
/// (<c>/apps/dial-connect/first</c>). The call's token is the request id: the first page connects the answered
/// first number to the second, and each later page moves the request on (answered, connected, completed or failed).
/// Every answer carries the request id as its token again, so every later page can find the request.
/// </summary>
public sealed class DialConnectPages
{
    /// <summary>The app's name in page URLs.</summary>
    public const string AppName = "dial-connect";

    /// <summary>The secondary call's first page: the second number answered.</summary>
    public const string ConnectedPage = "connected";

    /// <summary>The connect's next page: the two numbers were disconnected.</summary>
    public const string DisconnectedPage = "disconnected";

    /// <summary>What a call with an unknown or finished token hears before it is hung up.</summary>
    public const string NoLongerValid = "Sorry, this call request is no longer valid. Goodbye.";

    /// <summary>What the first number hears when the second could not be connected.</summary>
    public const string NotConnected = "Sorry, we could not connect your call. Goodbye.";

    private readonly DialConnectStore _store;
    private readonly ILogger<DialConnectPages> _logger;

    /// <summary>Creates the pages over the request store.</summary>
    public DialConnectPages(DialConnectStore store, ILogger<DialConnectPages> logger)
    {
        _store = store;
        _logger = logger;
    }

    /// <summary>
    /// The first number answered: mark the request <c>answered</c> and connect the call to <c>dest_phone_number</c>,
    /// calling from <c>caller_id</c> or else the first number (as DIAL.CONNECT does).
    /// </summary>
    public async Task<ActionsResponse> FirstAsync(PageContext page, CancellationToken cancellationToken)
    {
        var request = await _store.FindForPageAsync(page.Token, page.Instance.ApplicationInstanceId, cancellationToken);
        if (request?.Status == DialConnectStatus.Dialing)
        {
            request = await _store.MarkAnsweredAsync(request.RequestId, page.Instance.ApplicationInstanceId, cancellationToken);
        }

        // A repeated first page of an answered request connects again; anything else is not a call we should make.
        if (request?.Status != DialConnectStatus.Answered)
        {
            _logger.LogWarning("dial-connect first page with token {Token}: {State}; hanging up", page.Token, request is null ? "no such request" : $"request is {request.Status}");
            return new ActionsResponse(Play.SayText(NoLongerValid), new HangUp()) { Token = page.Token };
        }

        var connect = new Connect(request.DestPhoneNumber)
        {
            CallFrom = request.CallerId ?? request.PhoneNumber,
            SecondaryCall = new SecondaryCall(ConnectedPage) { MinutesMaxCallDuration = request.MaxCallDuration },
            NextPage = DisconnectedPage,
        };
        return new ActionsResponse(connect) { Token = request.RequestId };
    }

    /// <summary>The second number answered: mark the request <c>connected</c> and let the platform connect the two.</summary>
    public async Task<ActionsResponse> ConnectedAsync(PageContext page, CancellationToken cancellationToken)
    {
        var request = await _store.FindForPageAsync(page.Token, page.Instance.ApplicationInstanceId, cancellationToken);
        var connected = request is null ? null : await _store.MarkConnectedAsync(request.RequestId, cancellationToken);
        if (connected is null)
        {
            // The two people are on the line: connect them all the same, and leave a trace of the mismatch.
            _logger.LogWarning("dial-connect secondary first page with token {Token} did not find an answered request ({Status})", page.Token, request?.Status);
        }

        return new ActionsResponse { Token = request?.RequestId ?? page.Token };
    }

    /// <summary>The connect finished: record <c>seconds_connected_duration</c> and hang up the first number.</summary>
    public async Task<ActionsResponse> DisconnectedAsync(PageContext page, ConnectResult? result, CancellationToken cancellationToken)
    {
        var request = await _store.FindForPageAsync(page.Token, page.Instance.ApplicationInstanceId, cancellationToken);
        if (request is not null && result is { Interrupted: false })
        {
            request = await _store.RecordConnectedDurationAsync(request.RequestId, result.SecondsConnectedDuration, cancellationToken) ?? request;
        }

        var token = request?.RequestId ?? page.Token;
        return request?.Status == DialConnectStatus.Connected
            ? new ActionsResponse(new HangUp()) { Token = token }
            : new ActionsResponse(Play.SayText(NotConnected), new HangUp()) { Token = token };
    }

    /// <summary>The call is over: record its cause and close the request, <c>completed</c> if the two were connected, else <c>failed</c>.</summary>
    public async Task FinalAsync(PageContext page, CancellationToken cancellationToken)
    {
        var request = await _store.FindForPageAsync(page.Token, page.Instance.ApplicationInstanceId, cancellationToken);
        if (request is null || request.IsFinal)
        {
            return;
        }

        var cause = page.Call.CallCause;
        var error = request.Status == DialConnectStatus.Dialing
            ? $"The call to {request.PhoneNumber} ended ({cause ?? "no cause given"}) before it was answered."
            : $"{request.DestPhoneNumber} was not connected; the call ended ({cause ?? "no cause given"}).";
        var closed = await _store.CloseAsync(request.RequestId, cause, error, cancellationToken);
        _logger.LogInformation("dial-connect request {RequestId} closed {Status} ({Cause})", request.RequestId, closed?.Status, cause);
    }
}
