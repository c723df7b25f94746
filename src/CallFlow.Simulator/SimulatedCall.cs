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
    private const string Ringing = "inbound";
    private const string Inbound = "in";
    private const string Outbound = "out";

    private readonly SimulationOptions _options;
    private readonly Transcript _transcript = new();
    private readonly List<string> _problems = [];
    private readonly PlatformPages _pages;
    private readonly ScenarioCursor _scenario;
    private int _steps;
    private int _recordings;
    private int _faxes;

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
            // An inbound call rings until an action answers it (docs/cli.md); an outbound call starts answered.
            CallState = _options.Direction == Inbound ? Ringing : Answered,
        };
        var leg = CallLeg.Primary(call, _options.AppUrl);
        var direction = _options.Direction == Inbound ? "inbound" : "outbound";
        _transcript.Add("", $"Simulated {direction} call {call.CallId} from {call.CallFrom} to {call.CallTo}, app {_options.AppUrl}");

        var end = await RunLegAsync(leg, leg.FirstPage!, cancellationToken);
        var cause = CallCauses.Of(leg, end);
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

            if (AnswersImplicitly(queued.Action))
            {
                leg.Call.CallState = Answered;
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
        Answer => AnswerCall(leg, heading),
        Reject reject => Task.FromResult(RejectCall(leg, heading, reject)),
        GetInput getInput => GetInputAsync(leg, queued, heading, getInput, cancellationToken),
        RunSpeechMenu menu => RunSpeechMenuAsync(leg, queued, heading, menu, cancellationToken),
        SendFax fax => SendFaxAsync(leg, queued, heading, fax, cancellationToken),
        ReceiveFax fax => ReceiveFaxAsync(leg, queued, heading, fax, cancellationToken),
        StartTranscription transcription => TranscribeAsync(leg, queued, heading, transcription, cancellationToken),
        StopTranscription => Done(leg, $"{heading}: the transcription stops"),
        // Unknown actions never get here: the answer that holds one is judged broken and goes to the error page.
        _ => throw new InvalidOperationException($"{heading}: {queued.Action.GetType().Name} is not an action the platform runs."),
    };

    // "Calls are answered implicitly by the first action that interacts with the caller" (V2/actions/answer).
    private static bool AnswersImplicitly(TelephonyAction action) =>
        action is not (Answer or Reject or Sleep or Redirect or HangUp or StartTranscription or StopTranscription);

    private Task<Continuation> AnswerCall(CallLeg leg, string heading)
    {
        var already = leg.Call.CallState == Answered;
        leg.Call.CallState = Answered;
        return Done(leg, already ? $"{heading}: the call is already answered, so nothing happens" : $"{heading}: the call is answered");
    }

    private Continuation RejectCall(CallLeg leg, string heading, Reject reject)
    {
        if (leg.Call.CallState != Ringing)
        {
            _transcript.Add(leg.ActionIndent, $"{heading}: the call is already answered, so nothing happens");
            return Continuation.Next;
        }

        leg.Rejection = reject;
        _transcript.Add(leg.ActionIndent, $"{heading}: the call is rejected ({reject.Cause ?? CallCauses.Rejected})");
        return Continuation.Stop(LegEnd.Rejected);
    }

    // get_input takes what the caller says when the scenario has speech left, else the keys they press.
    private async Task<Continuation> GetInputAsync(CallLeg leg, QueuedAction queued, string heading, GetInput getInput, CancellationToken cancellationToken)
    {
        Prompt(leg, heading, getInput.Prompt);
        var (type, input) = _scenario.HasSpeech ? ("speech", _scenario.NextSpeech()) : ("digits", _scenario.NextDigits());
        if (input.Length == 0)
        {
            foreach (var message in getInput.OnInputTimeoutMessages ?? [])
            {
                _transcript.Add(leg.DetailIndent, $"{leg.Party} gives no input: hears {_transcript.Hear(message)}");
            }

            _transcript.Add(leg.DetailIndent, "the input times out empty");
        }
        else
        {
            _transcript.Add(leg.DetailIndent, type == "speech" ? $"{leg.Party} says \"{input}\"" : $"{leg.Party} presses {input}");
        }

        var result = new GetInputResult { Action = getInput.ActionName, InputType = type, Input = input };
        return await _pages.RequestActionsAsync(leg, PageAddress.Resolve(queued.Page, getInput.NextPage!), result, cancellationToken);
    }

    private async Task<Continuation> RunSpeechMenuAsync(CallLeg leg, QueuedAction queued, string heading, RunSpeechMenu menu, CancellationToken cancellationToken)
    {
        Prompt(leg, heading, menu.Prompt);
        var said = _scenario.HasSpeech ? _scenario.NextSpeech() : "";
        var keys = said.Length == 0 ? _scenario.NextDigits() : "";
        var option = said.Length > 0
            ? menu.MenuOptions.FirstOrDefault(candidate => string.Equals(candidate.Word, said, StringComparison.OrdinalIgnoreCase))
            : menu.MenuOptions.FirstOrDefault(candidate => keys.Length > 0 && candidate.Digit == keys[0]);
        var input = said.Length > 0 ? $"says \"{said}\"" : keys.Length > 0 ? $"presses {keys[0]}" : "says nothing";
        if (option is null)
        {
            _transcript.Add(leg.DetailIndent, $"{leg.Party} {input}, which is no option: the menu ends without a choice; the platform goes on with the next action");
            return Continuation.Next;
        }

        _transcript.Add(leg.DetailIndent, $"{leg.Party} {input}");
        var result = said.Length > 0
            ? new RunSpeechMenuResult { Action = menu.ActionName, InputType = "speech", Input = said }
            : new RunSpeechMenuResult { Action = menu.ActionName, InputType = "digits", Input = keys[..1] };
        return await _pages.RequestActionsAsync(leg, PageAddress.Resolve(queued.Page, option.NextPage!), result, cancellationToken);
    }

    private async Task<Continuation> SendFaxAsync(CallLeg leg, QueuedAction queued, string heading, SendFax fax, CancellationToken cancellationToken)
    {
        var pages = _scenario.FaxPages;
        _transcript.Add(leg.ActionIndent, $"{heading}: {Plural(pages, "page")} sent");
        for (var page = 1; page <= pages && fax.ProgressPage is { } progressPage; page++)
        {
            var progress = new ActionProgress { PagesSent = page };
            await RequestProgressAsync(leg, queued, progressPage, progress, cancellationToken);
        }

        return fax.NextPage is { } nextPage
            ? await _pages.RequestActionsAsync(leg, PageAddress.Resolve(queued.Page, nextPage), new SendFaxResult { Action = fax.ActionName, PagesSent = pages }, cancellationToken)
            : Continuation.Next;
    }

    private async Task<Continuation> ReceiveFaxAsync(CallLeg leg, QueuedAction queued, string heading, ReceiveFax fax, CancellationToken cancellationToken)
    {
        var pages = _scenario.FaxPages;
        var filename = $"{(string.IsNullOrEmpty(fax.Id) ? "fax" : fax.Id)}-{_pages.ApplicationInstanceId}-{++_faxes}.tif";
        _transcript.Add(leg.ActionIndent, $"{heading}: {Plural(pages, "page")} received, saved as {filename}");
        for (var page = 1; page <= pages && fax.ProgressPage is { } progressPage; page++)
        {
            await RequestProgressAsync(leg, queued, progressPage, new ActionProgress { Id = fax.Id, PagesReceived = page }, cancellationToken);
        }

        var result = new ReceiveFaxResult { Action = fax.ActionName, Id = fax.Id, Filename = filename, PagesReceived = pages };
        if (fax.FaxAvailablePage is { } available)
        {
            await RequestAvailableAsync(leg, queued, available, result, cancellationToken);
        }

        return await _pages.RequestActionsAsync(leg, PageAddress.Resolve(queued.Page, fax.NextPage!), result, cancellationToken);
    }

    // The results page gets what the caller says next, as an interim result when asked for, then the final one; the
    // platform sends them without this_call and with an empty token.
    private async Task<Continuation> TranscribeAsync(CallLeg leg, QueuedAction queued, string heading, StartTranscription transcription, CancellationToken cancellationToken)
    {
        var said = _scenario.NextSpeech();
        _transcript.Add(leg.ActionIndent, said.Length == 0 ? $"{heading}: {leg.Party} says nothing to transcribe" : $"{heading}: {leg.Party} says \"{said}\"");
        var page = PageAddress.Resolve(queued.Page, transcription.ResultsPage!);
        var results = transcription.EnableInterimResults == true ? new[] { false, true } : [true];
        foreach (var final in said.Length == 0 ? [] : results)
        {
            var result = new StartTranscriptionResult
            {
                Action = transcription.ActionName,
                Id = transcription.Id ?? "",
                Completed = false,
                Transcription = [new TranscriptionPhrase { Alternatives = [new SpeechAlternative { Text = said }], Final = final, Direction = TranscriptionPhrase.Inbound }],
            };
            var request = _pages.Request(leg, result);
            request.ThisCall = null;
            request.Token = "";
            await _pages.RequestAsideAsync(leg, page, final ? "final transcript" : "interim transcript", request, cancellationToken);
        }

        return Continuation.Next;
    }

    private Task RequestProgressAsync(CallLeg leg, QueuedAction queued, WebPageRequest progressPage, ActionProgress progress, CancellationToken cancellationToken)
    {
        var request = _pages.Request(leg, null);
        request.ActionProgress = progress;
        return _pages.RequestAsideAsync(leg, PageAddress.Resolve(queued.Page, progressPage), "action_progress", request, cancellationToken);
    }

    // A recording or fax available page is a notification: its answer cannot steer the call (docs/protocol.md, section 8).
    private Task RequestAvailableAsync(CallLeg leg, QueuedAction queued, WebPageRequest availablePage, ActionResult result, CancellationToken cancellationToken)
    {
        var request = _pages.Request(leg, result);
        request.IsNotification = true;
        return _pages.RequestAsideAsync(leg, PageAddress.Resolve(queued.Page, availablePage), $"{result.Action} available", request, cancellationToken);
    }

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
        else if (end is not (LegEnd.CallerHungUp or LegEnd.PageLimit))
        {
            _transcript.Add(secondary.Indent, "the secondary call ended before it was connected");
        }

        // The seed: the other destinations are listed in the dropped calls sent to the secondary call's final page.
        secondary.DroppedCalls.AddRange(dropped);
        leg.DroppedCalls.AddRange(dropped);
        await _pages.RequestFinalAsync(secondary, CallCauses.Of(secondary, end), cancellationToken);
        return end is LegEnd.CallerHungUp or LegEnd.PageLimit
            ? Continuation.Stop(end)
            : await FinishConnectAsync(leg, queued, attempt, seconds, cancellationToken);
    }

    private async Task<Continuation> FinishConnectAsync(CallLeg leg, QueuedAction queued, ConnectAttempt attempt, double seconds, CancellationToken cancellationToken) =>
        attempt.NextPage is { } nextPage
            ? await _pages.RequestActionsAsync(leg, PageAddress.Resolve(queued.Page, nextPage), attempt.Result(seconds), cancellationToken)
            : Continuation.Next;

    private async Task<Continuation> GetNumberAsync(CallLeg leg, QueuedAction queued, string heading, GetNumber getNumber, CancellationToken cancellationToken)
    {
        Prompt(leg, heading, getNumber.Prompt);
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
        Prompt(leg, heading, menu.Prompt);
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
        if (record.RecordingAvailablePage is { } available)
        {
            await RequestAvailableAsync(leg, queued, available, result, cancellationToken);
        }

        return await _pages.RequestActionsAsync(leg, PageAddress.Resolve(queued.Page, record.NextPage!), result, cancellationToken);
    }

    private void Prompt(CallLeg leg, string heading, Play? prompt) =>
        _transcript.Add(leg.ActionIndent, prompt is null ? heading : $"{heading}: {leg.Party} hears {_transcript.Hear(prompt)}");

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
