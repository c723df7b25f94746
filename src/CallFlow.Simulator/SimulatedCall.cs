using CallFlow.Actions.Parts;
using CallFlow.Actions.Recordings;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Results;
using CallFlow.Actions.Verbs;

namespace CallFlow.Simulator;

/// <summary>
/// One simulated call: runs each leg's actions in order the way the platform does, answering for the people on the
/// call from the scenario, and requests the pages the actions name through <see cref="PlatformPages"/>.
/// </summary>
internal sealed class SimulatedCall
{
    private const string Answered = "answered";
    private const string Inbound = "in";
    private const string Outbound = "out";

    private readonly SimulationOptions _options;
    private readonly Transcript _transcript = new();
    private readonly List<string> _problems = [];
    private readonly PlatformPages _pages;
    private readonly ScenarioCursor _scenario;
    private int _steps;
    private int _recordings;

    public SimulatedCall(HttpClient http, SimulationOptions options)
    {
        _options = options;
        _pages = new PlatformPages(http, options, _transcript, _problems);
        _scenario = new ScenarioCursor(options.Scenario);
    }

    /// <summary>Runs the call from its first page to its final page.</summary>
    public async Task<SimulationResult> RunAsync(CancellationToken cancellationToken)
    {
        var call = new CallInfo
        {
            CallId = NewCallId(),
            CallDirection = _options.Direction,
            CallFrom = _options.From,
            CallTo = _options.To,
            CallTarget = _options.To,
            CallState = Answered,
        };
        var leg = CallLeg.Primary(call, _options.AppUrl);
        var direction = _options.Direction == Inbound ? "inbound" : "outbound";
        _transcript.Add("", $"Simulated {direction} call {call.CallId} from {call.CallFrom} to {call.CallTo}, app {_options.AppUrl}");

        var end = await RunLegAsync(leg, leg.FirstPage!, cancellationToken);
        var cause = CallCauses.Of(end);
        await _pages.RequestFinalAsync(leg, cause, cancellationToken);
        _transcript.Add("", $"Call ended ({cause}) after {Plural(_steps, "action")} and {Plural(_pages.Exchanges.Count, "page")}.");

        return new SimulationResult
        {
            Recording = new Recording
            {
                App = AppName(),
                Description = $"Simulated {direction} call from {call.CallFrom} to {call.CallTo} ({cause})",
                Exchanges = _pages.Exchanges,
            },
            Transcript = _transcript.Lines,
            Heard = _transcript.Heard,
            Problems = _problems,
            CallCause = cause,
            Steps = _steps,
        };
    }

    private async Task<LegEnd> RunLegAsync(CallLeg leg, PageAddress firstPage, CancellationToken cancellationToken)
    {
        var next = await _pages.RequestActionsAsync(leg, firstPage, null, cancellationToken);
        var queue = new Queue<QueuedAction>();
        while (next.End is null)
        {
            if (next.Actions is { } actions)
            {
                queue = new Queue<QueuedAction>(actions);
            }

            if (!queue.TryDequeue(out var queued))
            {
                _transcript.Add(leg.Indent, leg.IsSecondary ? "no actions left: the platform connects the calls" : "no actions left: the platform hangs up");
                return LegEnd.NoActionsLeft;
            }

            var step = ++_steps;
            var heading = $"[{step}] {queued.Action.ActionName}";
            if (_scenario.CallerHangsUpAt(step))
            {
                _transcript.Add(leg.ActionIndent, $"{heading}: the caller hangs up");
                return LegEnd.CallerHungUp;
            }

            next = await RunAsync(leg, queued, heading, cancellationToken);
        }

        return next.End.Value;
    }

    private Task<Continuation> RunAsync(CallLeg leg, QueuedAction queued, string heading, CancellationToken cancellationToken) => queued.Action switch
    {
        Play play => Done(leg, $"{heading}: {leg.Party} hears {_transcript.Hear(play)}"),
        Sleep sleep => SleepAsync(leg, heading, sleep),
        HangUp => Task.FromResult(AppHangsUp(leg, heading)),
        Redirect redirect => RedirectAsync(leg, queued, heading, redirect.NextPage!, cancellationToken),
        Connect connect => ConnectAsync(leg, queued, heading, ConnectAttempt.Of(connect), cancellationToken),
        ConnectToConference conference => ConnectAsync(leg, queued, heading, ConnectAttempt.Of(conference), cancellationToken),
        GetNumber getNumber => GetNumberAsync(leg, queued, heading, getNumber, cancellationToken),
        RunMenu menu => RunMenuAsync(leg, queued, heading, menu, cancellationToken),
        Record record => RecordAsync(leg, queued, heading, record, cancellationToken),
        _ => Task.FromResult(NotSimulated(leg, heading, queued.Action)),
    };

    private Task<Continuation> Done(CallLeg leg, string line)
    {
        _transcript.Add(leg.ActionIndent, line);
        return Task.FromResult(Continuation.Next);
    }

    private Task<Continuation> SleepAsync(CallLeg leg, string heading, Sleep sleep)
    {
        _pages.Advance(sleep.Seconds.GetValueOrDefault());
        return Done(leg, $"{heading}: {sleep.Seconds} s of silence");
    }

    // A valid action the platform would run but the simulator cannot: stopping here keeps the transcript truthful.
    private Continuation NotSimulated(CallLeg leg, string heading, TelephonyAction action)
    {
        var message = $"{heading}: the simulator does not simulate {action.ActionName} yet, so the simulated call stops here";
        _transcript.Add(leg.ActionIndent, message);
        _problems.Add(message);
        return Continuation.Stop(LegEnd.NotSimulated);
    }

    private Continuation AppHangsUp(CallLeg leg, string heading)
    {
        _transcript.Add(leg.ActionIndent, $"{heading}: the app hangs up");
        return Continuation.Stop(LegEnd.AppHungUp);
    }

    private Task<Continuation> RedirectAsync(CallLeg leg, QueuedAction queued, string heading, WebPageRequest nextPage, CancellationToken cancellationToken)
    {
        var page = PageAddress.Resolve(queued.Page, nextPage);
        _transcript.Add(leg.ActionIndent, $"{heading} to {page.Url}");
        return _pages.RequestActionsAsync(leg, page, null, cancellationToken);
    }

    private async Task<Continuation> ConnectAsync(CallLeg leg, QueuedAction queued, string heading, ConnectAttempt attempt, CancellationToken cancellationToken)
    {
        var answer = _scenario.NextConnect();
        var waiting = attempt.HoldMedia is { } hold ? $"{leg.Party} hears {_transcript.Hear(hold)} while waiting; " : "";
        var line = $"{heading} {attempt.Target}: {waiting}";

        if (answer.Outcome != ConnectAnswer.Answered || answer.Destination > attempt.Destinations.Count)
        {
            if (answer.Outcome == ConnectAnswer.Answered)
            {
                _problems.Add($"{heading}: the scenario says destination {answer.Destination} answers, but there {(attempt.Destinations.Count == 1 ? "is 1" : $"are {attempt.Destinations.Count}")}");
            }

            var cause = answer.Outcome == ConnectAnswer.Busy ? CallCauses.Busy : CallCauses.NoAnswer;
            _transcript.Add(leg.ActionIndent, line + (cause == CallCauses.Busy ? "busy" : "nobody answers"));
            leg.DroppedCalls.AddRange(attempt.Destinations.Select(destination => DroppedCall(leg, attempt, destination, cause)));
            return await FinishConnectAsync(leg, queued, attempt, 0, cancellationToken);
        }

        var answeredBy = attempt.Destinations[answer.Destination - 1];
        _transcript.Add(leg.ActionIndent, line + (attempt.IsConference ? $"{leg.Party} joins" : $"{answeredBy} answers"));
        var dropped = attempt.Destinations
            .Where((_, index) => index != answer.Destination - 1)
            .Select(destination => DroppedCall(leg, attempt, destination, CallCauses.Dropped))
            .ToList();

        var callee = new CallInfo
        {
            CallId = NewCallId(),
            CallDirection = Outbound,
            CallFrom = attempt.CallFrom ?? leg.Call.CallFrom,
            CallTo = answeredBy,
            CallTarget = answeredBy,
            CallState = Answered,
        };
        var secondaryCall = attempt.SecondaryCall;
        var secondary = leg.Secondary(
            callee,
            Resolve(queued, secondaryCall?.FirstPage),
            Resolve(queued, secondaryCall?.FinalPage),
            Resolve(queued, secondaryCall?.ErrorPage),
            _pages.Clock);

        var end = LegEnd.NoActionsLeft;
        if (secondary.FirstPage is { } firstPage)
        {
            _transcript.Add(secondary.Indent, $"secondary call {callee.CallId} to {answeredBy}:");
            end = await RunLegAsync(secondary, firstPage, cancellationToken);
        }

        var seconds = 0.0;
        if (end == LegEnd.NoActionsLeft)
        {
            seconds = answer.SecondsConnected;
            _pages.Advance(seconds);
            _transcript.Add(secondary.Indent, attempt.IsConference
                ? $"in the conference for {seconds:0.0} s, then {leg.Party} leaves"
                : $"connected for {seconds:0.0} s, then {answeredBy} hangs up");
        }
        else if (end is not (LegEnd.CallerHungUp or LegEnd.PageLimit or LegEnd.NotSimulated))
        {
            _transcript.Add(secondary.Indent, "the secondary call ended before it was connected");
        }

        // The seed: the other destinations are listed in the dropped calls sent to the secondary call's final page.
        secondary.DroppedCalls.AddRange(dropped);
        leg.DroppedCalls.AddRange(dropped);
        await _pages.RequestFinalAsync(secondary, CallCauses.Of(end), cancellationToken);
        return end is LegEnd.CallerHungUp or LegEnd.PageLimit or LegEnd.NotSimulated
            ? Continuation.Stop(end)
            : await FinishConnectAsync(leg, queued, attempt, seconds, cancellationToken);
    }

    private async Task<Continuation> FinishConnectAsync(CallLeg leg, QueuedAction queued, ConnectAttempt attempt, double seconds, CancellationToken cancellationToken) =>
        attempt.NextPage is { } nextPage
            ? await _pages.RequestActionsAsync(leg, PageAddress.Resolve(queued.Page, nextPage), attempt.Result(seconds), cancellationToken)
            : Continuation.Next;

    private async Task<Continuation> GetNumberAsync(CallLeg leg, QueuedAction queued, string heading, GetNumber getNumber, CancellationToken cancellationToken)
    {
        var prompt = getNumber.Prompt is { } play ? $": {leg.Party} hears {_transcript.Hear(play)}" : "";
        _transcript.Add(leg.ActionIndent, heading + prompt);
        var keys = _scenario.NextDigits();
        var entry = NumberEntry.From(getNumber, keys);
        var help = entry.HelpPresses > 0 && getNumber.Prompt is { } again ? $" (the help key replays the prompt: {_transcript.Hear(again)})" : "";
        _transcript.Add(
            leg.DetailIndent,
            keys.Length == 0 ? $"{leg.Party} presses nothing: the number times out empty" : $"{leg.Party} presses {keys}{help}: entered_number \"{entry.Number}\"");
        var result = new GetNumberResult { Action = getNumber.ActionName, EnteredNumber = entry.Number };
        return await _pages.RequestActionsAsync(leg, PageAddress.Resolve(queued.Page, getNumber.NextPage!), result, cancellationToken);
    }

    private async Task<Continuation> RunMenuAsync(CallLeg leg, QueuedAction queued, string heading, RunMenu menu, CancellationToken cancellationToken)
    {
        var prompt = menu.Prompt is { } play ? $": {leg.Party} hears {_transcript.Hear(play)}" : "";
        _transcript.Add(leg.ActionIndent, heading + prompt);
        var indent = leg.DetailIndent;
        var helpDigit = menu.HelpDigit ?? "*";
        var invalidPresses = 0;
        foreach (var key in _scenario.NextDigits())
        {
            var option = menu.MenuOptions.FirstOrDefault(candidate => candidate.Digit == key);
            if (option is not null)
            {
                _transcript.Add(indent, $"{leg.Party} presses {key}");
                var result = new RunMenuResult { Action = menu.ActionName, SelectedDigit = key };
                return await _pages.RequestActionsAsync(leg, PageAddress.Resolve(queued.Page, option.NextPage!), result, cancellationToken);
            }

            var reply = key.ToString() == helpDigit ? menu.Prompt : InTurn(menu.OnInvalidDigitMessages, invalidPresses++);
            var heard = reply is null ? "" : $": hears {_transcript.Hear(reply)}";
            _transcript.Add(indent, $"{leg.Party} presses {key}{(key.ToString() == helpDigit ? " (help)" : ", which is not an option")}{heard}");
        }

        foreach (var message in menu.OnDigitTimeoutMessages ?? [])
        {
            _transcript.Add(indent, $"{leg.Party} presses nothing: hears {_transcript.Hear(message)}");
        }

        _transcript.Add(indent, "the menu times out without a choice; the platform goes on with the next action");
        return Continuation.Next;
    }

    private async Task<Continuation> RecordAsync(CallLeg leg, QueuedAction queued, string heading, Record record, CancellationToken cancellationToken)
    {
        var answer = _scenario.NextRecording();
        var filename = answer.Filename ?? $"{record.Id ?? "recording"}-{_pages.ApplicationInstanceId}-{++_recordings}.wav";
        var speech = answer.ContainsSound ? "speaks" : "stays silent";
        _transcript.Add(leg.ActionIndent, $"{heading}: {leg.Party} {speech} for {answer.Seconds:0.0} s, saved as {filename}");
        _pages.Advance(answer.Seconds);
        var result = new RecordResult
        {
            Action = record.ActionName,
            Filename = filename,
            ContainsSound = answer.ContainsSound,
            SecondsDuration = answer.Seconds,
        };
        return await _pages.RequestActionsAsync(leg, PageAddress.Resolve(queued.Page, record.NextPage!), result, cancellationToken);
    }

    // Messages "used in turn": the first for the first time, and so on; the last one repeats once they run out.
    private static Play? InTurn(List<Play>? messages, int index) =>
        messages is null || messages.Count == 0 ? null : messages[Math.Min(index, messages.Count - 1)];

    private static PageAddress? Resolve(QueuedAction queued, WebPageRequest? page) =>
        page is null ? null : PageAddress.Resolve(queued.Page, page);

    private static CallInfo DroppedCall(CallLeg leg, ConnectAttempt attempt, string destination, string cause) => new()
    {
        CallId = NewCallId(),
        CallDirection = Outbound,
        CallFrom = attempt.CallFrom ?? leg.Call.CallFrom,
        CallTo = destination,
        CallTarget = destination,
        CallState = "idle",
        CallCause = cause,
        CallRawCause = CallCauses.RawCause(cause),
    };

    private string AppName()
    {
        var segments = _options.AppUrl.Segments;
        return segments.Length > 1 ? Uri.UnescapeDataString(segments[^1].TrimEnd('/')) : _options.AppUrl.Host;
    }

    private static string NewCallId() => $"sim-{Random.Shared.Next():x8}";

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
