using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CallFlow.Actions.Recordings;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Results;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Validation;
using CallFlow.Actions.Verbs;
using CallFlow.Simulator.Http;

namespace CallFlow.Simulator;

/// <summary>
/// The platform's side of the page protocol for one simulated call: builds each page request, sends it, records the
/// exchange, and judges the answer as the platform would. An answer that breaks the protocol (an HTTP error, not
/// JSON, invalid, an unknown action, too slow) sends the leg to its error page with an <c>error_result</c>.
/// </summary>
internal sealed partial class PlatformPages(HttpClient http, SimulationOptions options, Transcript transcript, List<string> problems)
{
    private int _pagesRequested;

    /// <summary>The id of this run of the application, in every request of the call.</summary>
    public string ApplicationInstanceId { get; } = options.ApplicationInstanceId ?? SimulationOptions.NewApplicationInstanceId();

    /// <summary>The token the app returned last (or the one the call started with).</summary>
    public string? Token { get; private set; } = options.Token;

    /// <summary>Simulated seconds since the call started: connects, sleeps and recordings take time.</summary>
    public double Clock { get; private set; }

    /// <summary>Every exchange so far, in the recording format.</summary>
    public List<RecordedExchange> Exchanges { get; } = [];

    /// <summary>Lets simulated time pass.</summary>
    public void Advance(double seconds) => Clock += seconds;

    /// <summary>
    /// Requests a page whose answer steers the call. Its actions replace the leg's queue; when the answer breaks the
    /// protocol the leg's error page answers instead, and when that fails too (or there is none) the leg stops.
    /// </summary>
    public async Task<Continuation> RequestActionsAsync(CallLeg leg, PageAddress page, ActionResult? result, CancellationToken cancellationToken)
    {
        var (answer, broken) = await TryActionsAsync(leg, page, result, error: null, cancellationToken);
        if (answer is not null)
        {
            return answer;
        }

        if (leg.ErrorPage is null)
        {
            transcript.Add(leg.Indent, "there is no error page: the platform hangs up");
            return Continuation.Stop(LegEnd.Failed);
        }

        (answer, _) = await TryActionsAsync(leg, leg.ErrorPage, result: null, broken, cancellationToken);
        if (answer is not null)
        {
            return answer;
        }

        transcript.Add(leg.Indent, "the error page's answer is unusable too: the platform hangs up");
        return Continuation.Stop(LegEnd.Failed);
    }

    /// <summary>Requests the leg's final page, if it has one, with the call idle and the cause it ended with.</summary>
    public async Task RequestFinalAsync(CallLeg leg, string cause, CancellationToken cancellationToken)
    {
        leg.Call.CallState = "idle";
        leg.Call.CallCause = cause;
        leg.Call.CallRawCause = leg.Rejection?.RawCause ?? CallCauses.RawCause(cause);
        if (leg.FinalPage is { } page)
        {
            await RequestAsideAsync(leg, page, $"call_cause {cause}", Request(leg, null, null, leg.DroppedCalls), cancellationToken);
        }
    }

    /// <summary>
    /// Requests a page whose answer cannot steer the call (a final page, a transcription result, a fax progress report,
    /// a recording or fax available notification): only its status is judged, and a failure is a problem, not an end.
    /// </summary>
    public async Task RequestAsideAsync(CallLeg leg, PageAddress page, string what, InstanceInfo request, CancellationToken cancellationToken)
    {
        var heading = $"{page.Method} {Label(page)} ({what})";
        try
        {
            var reply = await SendAsync(page, request, cancellationToken);
            transcript.Add(leg.Indent, $"{heading} -> {reply.Status}");
            if (reply.Status is < 200 or >= 300)
            {
                problems.Add($"{heading}: the page answered HTTP {reply.Status}{Detail(reply)}");
            }
        }
        catch (TimeoutException timeout)
        {
            transcript.Add(leg.Indent, $"{heading}: {timeout.Message}");
            problems.Add($"{heading}: {timeout.Message}");
        }
    }

    /// <summary>The instance info of a request about <paramref name="leg"/>'s call, as it is now.</summary>
    public InstanceInfo Request(CallLeg leg, ActionResult? result, ErrorResult? error = null, List<CallInfo>? droppedCalls = null)
    {
        leg.Call.SecondsCallDuration = Math.Round(Clock - leg.StartedAt, 1);
        return new InstanceInfo
        {
            ApplicationInstanceId = ApplicationInstanceId,
            Token = Token,
            ThisCall = leg.Call,
            ActionResult = result,
            ErrorResult = error,
            DroppedCalls = droppedCalls,
        };
    }

    private async Task<(Continuation? Answer, ErrorResult? Broken)> TryActionsAsync(
        CallLeg leg, PageAddress page, ActionResult? result, ErrorResult? error, CancellationToken cancellationToken)
    {
        if (_pagesRequested >= options.MaxPages)
        {
            transcript.Add(leg.Indent, $"stopped: the call has requested {options.MaxPages} pages, the most the simulator allows; the app may be looping");
            problems.Add($"stopped after {options.MaxPages} pages: the app may be looping");
            return (Continuation.Stop(LegEnd.PageLimit), null);
        }

        _pagesRequested++;
        var heading = $"{page.Method} {Label(page)}{Attached(result, error)}";
        ErrorResult broken;
        try
        {
            var reply = await SendAsync(page, Request(leg, result, error), cancellationToken);
            var (response, unusable) = Judge(reply);
            if (response is not null)
            {
                Token = response.Token ?? Token;
                transcript.Add(leg.Indent, $"{heading} -> {reply.Status}: {Count(response.Actions.Count)}");
                return (Continuation.With(response.Actions.Select(action => new QueuedAction(action, page.Url)).ToList()), null);
            }

            broken = unusable!;
            transcript.Add(leg.Indent, $"{heading} -> {reply.Status}: breaks the protocol: {broken.Result}");
        }
        catch (TimeoutException timeout)
        {
            broken = new ErrorResult { Result = timeout.Message };
            transcript.Add(leg.Indent, $"{heading}: {timeout.Message}");
        }

        problems.Add($"{heading}: {broken.Result}");
        return (null, broken);
    }

    private async Task<PageReply> SendAsync(PageAddress page, InstanceInfo instanceInfo, CancellationToken cancellationToken)
    {
        var request = PlatformRequests.Write(instanceInfo);
        var reply = await PageHttp.SendAsync(http, page.Method, page.Url, request, options.Credentials, options.PageTimeout, cancellationToken);
        using var sent = JsonDocument.Parse(request);
        Exchanges.Add(new RecordedExchange
        {
            Page = Label(page),
            Method = page.Method,
            Request = sent.RootElement.Clone(),
            ExpectedStatus = reply.Status,
            ExpectedResponse = RecordedBody(reply),
        });
        return reply;
    }

    // The platform's judgement of an answer: usable actions, or the error_result its error page will get.
    private static (ActionsResponse? Response, ErrorResult? Broken) Judge(PageReply reply)
    {
        if (reply.Status != 200)
        {
            return (null, new ErrorResult { Result = $"the page answered HTTP {reply.Status}{Detail(reply)}" });
        }

        if (!JsonBodies.TryParse(reply.Body, out _))
        {
            return (null, new ErrorResult { Result = $"the answer is not JSON{(reply.MediaType is { } type ? $" ({type})" : "")}" });
        }

        ActionsResponse? response;
        try
        {
            response = JsonSerializer.Deserialize<ActionsResponse>(reply.Body, CallFlowJson.Options);
        }
        catch (JsonException exception)
        {
            var problem = JsonReadProblems.Describe(exception)[0];
            return (null, new ErrorResult { Result = $"the answer is not a valid response: {problem.Path}: {problem.Message}" });
        }

        if (response is null)
        {
            return (null, new ErrorResult { Result = "the answer is null, not a response" });
        }

        var unknown = response.Actions.FindIndex(action => action is UnknownAction);
        if (unknown >= 0)
        {
            var name = response.Actions[unknown].ActionName;
            return (null, new ErrorResult { Action = name, Result = $"actions[{unknown}]: unknown action \"{name}\"" });
        }

        var failures = ActionsResponseValidator.Instance.Validate(response).Errors;
        if (failures.Count > 0)
        {
            var index = ActionIndex().Match(failures[0].PropertyName);
            return (null, new ErrorResult
            {
                Action = index.Success ? response.Actions[int.Parse(index.Groups[1].Value, CultureInfo.InvariantCulture)].ActionName : null,
                Result = string.Join("; ", failures.Select(failure => $"{failure.PropertyName}: {failure.ErrorMessage}")),
            });
        }

        return (response, null);
    }

    // What a recording expects back: the JSON answer, without the trace id problem details carry on every request.
    // An answer that is not JSON (an HTML error page, plain text) is recorded by its status alone.
    private static JsonElement? RecordedBody(PageReply reply)
    {
        if (!JsonBodies.TryParse(reply.Body, out var body))
        {
            return null;
        }

        if (reply.IsProblemDetails && body is JsonObject problem)
        {
            problem.Remove("traceId");
        }

        return JsonBodies.ToElement(body);
    }

    // A page as the recording names it: relative to the app (first, connected, or ../conference/first for another app
    // on the same server), or its absolute URL on another server.
    private string Label(PageAddress page) =>
        Uri.Compare(options.AppUrl, page.Url, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0
            ? options.AppUrl.MakeRelativeUri(page.Url).ToString()
            : page.Url.AbsoluteUri;

    private static string Attached(ActionResult? result, ErrorResult? error) =>
        result is not null ? $" ({result.Action} result {ResultText(result)})"
        : error is not null ? $" (error_result {error.Result})"
        : "";

    private static string ResultText(ActionResult result)
    {
        var written = PlatformRequests.Write(new InstanceInfo { ActionResult = result });
        using var document = JsonDocument.Parse(written);
        return document.RootElement.GetProperty("action_result").TryGetProperty("result", out var value) ? value.GetRawText() : "{}";
    }

    private static string Count(int actions) => actions == 1 ? "1 action" : $"{actions} actions";

    private static string Detail(PageReply reply) => JsonBodies.ProblemDetail(reply.Body);

    [GeneratedRegex(@"^actions\[(\d+)\]")]
    private static partial Regex ActionIndex();
}
