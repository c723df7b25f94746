using CallFlow.Actions.Media;
using CallFlow.Actions.Parts;
using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.Tests.Seeds;

/// <summary>
/// The seeds' C# examples written with this model, one per golden file (for the version 2 pages, whose C# examples were
/// not read, the C# that builds the page's JSON example). Where a seed's C# disagrees with its own JSON
/// (page URLs such as "ConnectNextPage.aspx" against "connectNextPage"), the JSON's values are used: the JSON is the wire contract.
/// </summary>
public static class SeedCSharpExamples
{
    /// <summary>Each golden action file and the C# that builds the same action.</summary>
    public static IReadOnlyDictionary<string, Func<TelephonyAction>> Actions { get; } = new Dictionary<string, Func<TelephonyAction>>
    {
        ["connect-single-destination"] = ConnectSingleDestination,
        ["connect-classify-callee"] = ConnectClassifyCallee,
        ["connect-secondary-call-pages"] = ConnectSecondaryCallPages,
        ["connect-to-conference-defaults"] = ConnectToConferenceDefaults,
        ["connect-to-conference-participant"] = ConnectToConferenceParticipant,
        ["connect-to-conference-secondary-call-pages"] = ConnectToConferenceSecondaryCallPages,
        ["answer-empty"] = () => new Answer(),
        ["answer-extra-sip-headers"] = () => new Answer().AddSipHeader("X-EstimatedQueueWaitTime", "150"),
        ["reject-empty"] = () => new Reject(),
        ["reject-cause-busy"] = () => new Reject("busy"),
        ["reject-raw-cause"] = () => Reject.WithRawCause("486"),
        ["stop-transcription"] = () => new StopTranscription(),
        ["play-speech-barge-in-options"] = () => new Play(new TextToSay("Say cancel or stop at any time."))
        {
            BargeInOnSpeech = true,
            BargeInOnSpeechOptions = new SpeechBargeInOptions("en-GB", "cancel", "stop"),
        },
        ["get-input-speech-recognition-alternatives"] = () => new GetInput("inputNextPage")
        {
            SpeechRecognitionOptions = new SpeechRecognitionOptions { MaxAlternatives = 2, EnableProfanityFiltering = true },
        },
        ["get-input-speech-recognition-word-hints"] = () => new GetInput("inputNextPage")
        {
            SpeechRecognitionOptions = new SpeechRecognitionOptions("en-GB").AddWordHint("Northamptonshire", "Buckinghamshire", "Bedfordshire"),
        },
        ["get-input-digit-input-options"] = () => new GetInput("inputNextPage") { DigitInputOptions = new DigitInputOptions(11, "123456789") },
        ["connect-secondary-call-first-page"] = () => new Connect("441908273800") { SecondaryCall = new SecondaryCall("my_secondary_call_first_page") },
        ["connect-secondary-call-recording"] = ConnectSecondaryCallRecording,
        ["connect-to-conference-participant-mute-digit"] = () => new ConnectToConference("BobsChatRoom")
        {
            Participant = new ConferenceParticipant
            {
                Talker = true,
                BeepOnEntry = true,
                MuteDigit = "#",
                HasJoinedMessage = Play.SayText("has joined the conference."),
            },
        },
    };

    /// <summary>Connect one destination, recording the secondary call encrypted for at most 30 minutes, with its first and final pages.</summary>
    public static TelephonyAction ConnectSecondaryCallRecording()
    {
        var secondaryCall = new SecondaryCall("my_secondary_call_first_page", 30, true)
        {
            CallRecordingEncryption = true,
            FinalPage = "my_secondary_call_final_page",
        };
        return new Connect("441908273800") { SecondaryCall = secondaryCall };
    }

    /// <summary>Make a call to a single destination, without classifying the callee, and connect it to the existing call.</summary>
    public static TelephonyAction ConnectSingleDestination() =>
        new Connect("441908273800")
        {
            CallFrom = "441908273801",
            // The seed's C# says "ConnectNextPage.aspx"; its JSON (and its Java) say "connectNextPage".
            NextPage = new WebPageRequest("connectNextPage"),
        };

    /// <summary>Connect one of two calls, classifying the callee: wait for an answering machine's message, hang up on a fax machine.</summary>
    public static TelephonyAction ConnectClassifyCallee()
    {
        var connect = new Connect("441908273800").AddDestination("441908273802");
        connect.CallFrom = "441908273801";
        connect.HoldMedia = Play.PlayFile("welcome.wav");
        connect.SecondsAnswerTimeout = 30;
        connect.SecondaryCall = new SecondaryCall(null, 240, true);

        // The seed's C# says new ClassifyCallee(5000, false); its JSON also sets "hang_up_on_fax_machine": true.
        var classifyCallee = new ClassifyCallee(5000, false, true);
        classifyCallee.ConfigureAnsweringMachineReadyToRecord(new AnsweringMachineReadyToRecord(180, 1000, 4000, 10));
        connect.EnableCalleeClassification(classifyCallee);

        // The seed's C# says "ConnectNextPage.aspx"; its JSON says "connectNextPage".
        connect.NextPage = new WebPageRequest("connectNextPage");
        return connect;
    }

    /// <summary>Make two calls, requesting connectFirstPage when the first is answered; connect it once that page's actions have run.</summary>
    public static TelephonyAction ConnectSecondaryCallPages()
    {
        var connect = new Connect("441908273800").AddDestination("441908273802");
        connect.CallFrom = "441908273801";
        connect.HoldMedia = Play.PlayFile("welcome.wav");
        connect.SecondsAnswerTimeout = 30;

        // The seed's C# says "ConnectFirstPage.aspx", "ConnectFinalPage.aspx", "ConnectErrorPage.aspx" and
        // "ConnectNextPage.aspx"; its JSON says "connectFirstPage", "connectFinalPage", "connectErrorPage", "connectNextPage".
        connect.SecondaryCall = new SecondaryCall(new WebPageRequest("connectFirstPage"), 240, true);
        connect.SecondaryCall.FinalPage = new WebPageRequest("connectFinalPage");
        connect.SecondaryCall.ErrorPage = new WebPageRequest("connectErrorPage");
        connect.NextPage = new WebPageRequest("connectNextPage");
        return connect;
    }

    /// <summary>Call up conference BobsChatRoom using the default settings.</summary>
    public static TelephonyAction ConnectToConferenceDefaults() => new ConnectToConference("BobsChatRoom");

    /// <summary>Call up conference BobsChatRoom as a participant with some features; request conferenceNextPage after leaving.</summary>
    public static TelephonyAction ConnectToConferenceParticipant()
    {
        // The seed's C# declares "Connect connectToConferenceAction = new ConnectToConference(...)", which does not compile; the type is ConnectToConference.
        var connectToConferenceAction = new ConnectToConference("BobsChatRoom");
        connectToConferenceAction.HoldMedia = Play.PlayFile("cool_jazz.wav");
        connectToConferenceAction.SecondsAnswerTimeout = 30;
        connectToConferenceAction.SecondaryCall = new SecondaryCall(null, 240, true);

        connectToConferenceAction.Participant = new ConferenceParticipant
        {
            Talker = true,
            StartOnEntry = true,
            DestroyOnExit = true,
            BeepOnEntry = true,
            ExitDigit = "9",
            MuteDigit = "#",
            UnmuteDigit = "*",
            WhileStoppedMedia = Play.PlayFile("cool_jazz.wav"),
            Name = Play.SayText("Bob"),
            HasJoinedMessage = Play.SayText("has joined the conference."),
            HasLeftMessage = Play.SayText("has left the conference."),
        };

        // The seed's C# says "ConferenceNextPage.aspx"; its JSON says "conferenceNextPage".
        connectToConferenceAction.NextPage = new WebPageRequest("conferenceNextPage");
        return connectToConferenceAction;
    }

    /// <summary>Call up conference BobsChatRoom, requesting conferenceFirstPage when the call is answered; carry on with the next action afterwards.</summary>
    public static TelephonyAction ConnectToConferenceSecondaryCallPages()
    {
        var connectToConferenceAction = new ConnectToConference("BobsChatRoom");
        connectToConferenceAction.HoldMedia = Play.PlayFile("cool_jazz.wav");
        connectToConferenceAction.SecondsAnswerTimeout = 30;

        // The seed's C# says "conferenceFirstPage.aspx", "ConferenceFinalPage.aspx" and "ConferenceErrorPage.aspx";
        // its JSON says "conferenceFirstPage", "conferenceFinalPage" and "conferenceErrorPage".
        connectToConferenceAction.SecondaryCall = new SecondaryCall(new WebPageRequest("conferenceFirstPage"), 240, true);
        connectToConferenceAction.SecondaryCall.FinalPage = new WebPageRequest("conferenceFinalPage");
        connectToConferenceAction.SecondaryCall.ErrorPage = new WebPageRequest("conferenceErrorPage");
        return connectToConferenceAction;
    }
}
