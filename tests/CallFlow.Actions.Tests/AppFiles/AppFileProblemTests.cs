using CallFlow.Actions.Requests;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Tests.AppFiles;

public class AppFileProblemTests
{
    private const string Say = """{ "play": { "play_list": [ { "text_to_say": "Hello" } ] } }""";

    public static TheoryData<string, string> InvalidFiles => new()
    {
        {
            AppFileText.WithActions("""{ "get_input": { "next_page": "first", "speech_recognition_options": { "speech_model_options": "phone_call" } } }"""),
            "apps/test.json: pages.first[0].actions[0].get_input.speech_recognition_options.speech_model_options: must be an object, not \"phone_call\""
        },
        {
            AppFileText.WithActions("""{ "send_fax": { "fax_to_send": 5 } }"""),
            "apps/test.json: pages.first[0].actions[0].send_fax.fax_to_send: must be a file name or a web page request {\"url\": \"...\"}, not 5"
        },
        {
            AppFileText.WithActions("""{ "record": { "next_page": "first", "encryption_cipher": { "type": "aescbc", "initialisation_vector": "00112233445566778899aabbccddeeff" } } }"""),
            "apps/test.json: pages.first[0].actions[0].record.encryption_cipher.key: is required"
        },
        {
            AppFileText.WithFirst("""{ "when": { "hours": "9-17" }, "actions": [] }"""),
            "apps/test.json: pages.first[0].when.hours: is not a condition; use one of days, time, dates, caller_prefix, called_prefix, digits, parameters"
        },
        {
            AppFileText.WithFirst("""{ "when": { "time": "9-17" }, "actions": [] }""", top: "\"time_zone\": \"Europe/London\","),
            "apps/test.json: pages.first[0].when.time: \"9-17\" is not HH:mm-HH:mm"
        },
        {
            AppFileText.WithFirst("""{ "when": { "time": ["09:00-12:00", "13:00-25:00"] }, "actions": [] }""", top: "\"time_zone\": \"Europe/London\","),
            "apps/test.json: pages.first[0].when.time[1]: \"13:00-25:00\" is not HH:mm-HH:mm"
        },
        {
            AppFileText.WithFirst("""{ "when": { "time": "09:00-09:00" }, "actions": [] }""", top: "\"time_zone\": \"Europe/London\","),
            "apps/test.json: pages.first[0].when.time: \"09:00-09:00\" starts where it ends, so it never holds"
        },
        {
            AppFileText.WithFirst("""{ "when": { "days": ["mon", "funday"] }, "actions": [] }""", top: "\"time_zone\": \"Europe/London\","),
            "apps/test.json: pages.first[0].when.days[1]: \"funday\" is not a day; use mon, tue, wed, thu, fri, sat or sun"
        },
        {
            AppFileText.WithFirst("""{ "when": { "dates": "2026-02-30" }, "actions": [] }""", top: "\"time_zone\": \"Europe/London\","),
            "apps/test.json: pages.first[0].when.dates: \"2026-02-30\" is not a date written YYYY-MM-DD"
        },
        {
            AppFileText.WithFirst("""{ "when": { "caller_prefix": ["+44161", "44 151"] }, "actions": [] }"""),
            "apps/test.json: pages.first[0].when.caller_prefix[1]: \"44 151\" is not a digit prefix such as \"44161\" (digits only, up to 20)"
        },
        {
            AppFileText.WithFirst("""{ "when": { "digits": "1x" }, "actions": [] }"""),
            "apps/test.json: pages.first[0].when.digits: \"1x\" holds a character that is not a key; use only 0123456789ABCD#*"
        },
        {
            AppFileText.WithFirst("""{ "when": { "called_prefix": [] }, "actions": [] }"""),
            "apps/test.json: pages.first[0].when.called_prefix: must not be empty: a condition with no values never holds"
        },
        {
            AppFileText.WithFirst("""{ "when": { "days": "mon" }, "actions": [] }"""),
            "apps/test.json: time_zone: is required: pages.first[0].when uses days, time or dates, which are read in the app's time zone (an IANA id such as \"Europe/London\")"
        },
        {
            AppFileText.WithFirst("""{ "actions": [] }""", top: "\"time_zone\": \"Europe/Londn\","),
            "apps/test.json: time_zone: \"Europe/Londn\" is not a known IANA time zone (such as \"Europe/London\")"
        },
        {
            AppFileText.WithActions("""{ "play": { "play_list": [ { "text_to_say": "Hello {caller}" } ] } }"""),
            "apps/test.json: pages.first[0].actions[0].play.play_list[0].text_to_say: {caller} is not a placeholder; use {call_from}, {call_to}, {call_id}, {entered_number}, {selected_digit}, {call_from:N} or {call_to:N} (write {{ for a literal {)"
        },
        {
            AppFileText.WithActions("""{ "connect_to_conference": { "name": "Room {call_id:3}" } }"""),
            "apps/test.json: pages.first[0].actions[0].connect_to_conference.name: {call_id:3} takes no digit count; only {call_from:N} and {call_to:N} do"
        },
        {
            AppFileText.WithActions("""{ "connect_to_conference": { "name": "Room {call_from:0}" } }"""),
            "apps/test.json: pages.first[0].actions[0].connect_to_conference.name: {call_from:0} needs a digit count N from 1 to 99"
        },
        {
            AppFileText.WithActions("""{ "connect_to_conference": { "name": "Room {call_from" } }"""),
            "apps/test.json: pages.first[0].actions[0].connect_to_conference.name: \"Room {call_from\" has a { that no } closes; write {{ for a literal {"
        },
        {
            AppFileText.WithActions("""{ "record": { "next_page": "voicemial-saved" } }""", """ "voicemail-saved": [ { "actions": [] } ]"""),
            "apps/test.json: pages.first[0].actions[0].record.next_page: \"voicemial-saved\" names no page of this app; its pages are first, voicemail-saved, final, error"
        },
        {
            AppFileText.WithActions("""{ "connect": { "destinations": ["441908273800"], "secondary_call": { "first_page": { "url": "whisper?x=1" } } } }"""),
            "apps/test.json: pages.first[0].actions[0].connect.secondary_call.first_page: \"whisper?x=1\" names no page of this app; its pages are first, final, error"
        },
        {
            AppFileText.WithActions("""{ "run_menu": { "menu_options": [ { "digit": "1", "next_page": "final" }, { "digit": "2", "next_page": "sales" } ] } }"""),
            "apps/test.json: pages.first[0].actions[0].run_menu.menu_options[1].next_page: \"sales\" names no page of this app; its pages are first, final, error"
        },
        {
            """{ "fallback": [], "pages": { "welcome": [ { "actions": [] } ] } }""",
            "apps/test.json: pages: has no \"first\" page; the platform requests first when a call arrives"
        },
        {
            AppFileText.WithActions("""{ "play": { "play_list": [ { "text_to_sey": "Hello" } ] } }"""),
            "apps/test.json: pages.first[0].actions[0].play.play_list[0]: must hold exactly one of text_to_say, file_to_play or digits_to_play"
        },
        {
            AppFileText.WithActions("""{ "connect": { "destinations": "441908273800" } }"""),
            "apps/test.json: pages.first[0].actions[0].connect.destinations: must be an array, not \"441908273800\""
        },
        {
            AppFileText.WithActions("""{ "connect": { "destinations": ["441908273800"], "hold_media": { "hang_up": {} } } }"""),
            "apps/test.json: pages.first[0].actions[0].connect.hold_media: must be a play action, not hang_up"
        },
        {
            AppFileText.WithActions("""{ "connect": { "destinations": [] } }"""),
            "apps/test.json: pages.first[0].actions[0].connect.destinations: is required"
        },
        {
            AppFileText.WithActions("""{ "connect": { "destinations": ["441908273800"], "hold_media": { "play": { "play_list": [] } } } }"""),
            "apps/test.json: pages.first[0].actions[0].connect.hold_media.play.play_list: is required"
        },
        {
            AppFileText.WithActions("""{ "connect_to_conference": { "name": "Room", "conference_participant": { "mute_digit": "11" } } }"""),
            "apps/test.json: pages.first[0].actions[0].connect_to_conference.conference_participant.mute_digit: must be one key such as \"#\", not \"11\""
        },
        {
            AppFileText.WithFirst($$"""{ "name": "always", "actions": [] }, { "actions": [ {{Say}} ] }"""),
            "apps/test.json: pages.first[1]: is never tried: pages.first[0] above it has no \"when\", so it always answers"
        },
        {
            """{ "fallback": [ { "play": { "play_list": [ { "text_to_say": "Sorry {call_from}" } ] } } ], "pages": { "first": [ { "actions": [] } ] } }""",
            "apps/test.json: fallback[0].play.play_list[0].text_to_say: \"Sorry {call_from}\": the fallback cannot hold placeholders (it also answers requests that could not be read); write {{ for a literal {"
        },
        {
            """{ "pages": { "first": [ { "actions": [] } ] } }""",
            "apps/test.json: fallback: is required: the actions that answer when no rule holds or an answer fails, such as an apology and hang_up"
        },
        {
            AppFileText.WithFirst("""{ "actions": [] }""", top: "\"timezone\": \"UTC\","),
            "apps/test.json: timezone: is not an app file key (did you mean time_zone?); use one of description, time_zone, fallback, pages"
        },
        {
            AppFileText.WithFirst("""{ "nmae": "closed", "actions": [] }"""),
            "apps/test.json: pages.first[0].nmae: is not a rule key (did you mean name?); use one of name, description, when, actions"
        },
        {
            AppFileText.WithFirst(""),
            "apps/test.json: pages.first: has no rules; a page needs at least one"
        },
        {
            "{\n  \"fallback\": [],\n  \"pages\": { \"first\": [ { \"actions\": [ } ] }\n}",
            "apps/test.json: is not valid JSON at line 3, column 40: '}' is an invalid start of a value."
        },
        {
            """{ "fallback": [], "pages": { "first": [ { "actions": [] } ] } } }""",
            "apps/test.json: is not valid JSON at line 1, column 65: '}' is invalid after a single JSON value. Expected end of data."
        },
    };

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void EachInvalidFileProducesItsExactProblemLine(string json, string expectedLine)
    {
        var lines = AppFileText.ProblemLines(json);

        Assert.Equal([expectedLine], lines);
    }

    public static TheoryData<string, string> FilesWithUnknownNames => new()
    {
        {
            AppFileText.WithActions("""{ "conect": { "destinations": ["441908273800"] } }"""),
            $"apps/test.json: pages.first[0].actions[0].conect: is not an action this model knows, kept as written (did you mean connect?); the actions: {ActionRegistry.KnownNames}"
        },
        {
            AppFileText.WithActions("""{ "connect": { "destinations": ["441908273800"], "seconds_answer_timout": 20 } }"""),
            "apps/test.json: pages.first[0].actions[0].connect.seconds_answer_timout: is not a property of connect, kept as written (did you mean seconds_answer_timeout?); the properties of connect: "
                + "destinations, call_from, hold_media, pass_early_media, seconds_answer_timeout, classify_callee, secondary_call, next_page"
        },
    };

    [Theory]
    [MemberData(nameof(FilesWithUnknownNames))]
    public void AnUnknownActionOrPropertyIsNamedWithItsSuggestionAndTheFileIsStillServed(string json, string expectedLine)
    {
        var result = AppFileText.Read(json);

        Assert.True(result.IsValid, string.Join('\n', result.Problems));
        Assert.Equal([expectedLine], result.UnknownNames.Select(problem => problem.ToString()));
    }

    [Fact]
    public void ARuleWithActionsMissingIsReportedBesidesAnActionProblemElsewhere()
    {
        var lines = AppFileText.ProblemLines(AppFileText.WithFirst("""{ "when": { "digits": "1" } }, { "actions": [ { "sleep": { "seconds": 0 } } ] }"""));

        Assert.Equal(
            [
                "apps/test.json: pages.first[0].actions: is required: the actions that answer the page when the rule holds (may be empty: [] hangs up)",
                "apps/test.json: pages.first[1].actions[0].sleep.seconds: must be greater than 0, not 0",
            ],
            lines);
    }

    [Fact]
    public void AFileNameThatCannotBeAUrlSegmentIsAProblem()
    {
        var lines = AppFileText.ProblemLines(AppFileText.WithFirst("""{ "actions": [] }"""), "apps/front desk.json");

        Assert.Equal([$"apps/front desk.json: \"front desk\" cannot be an app name: name the file with {PageNames.Rule}"], lines);
    }

    [Fact]
    public void PagesOfOtherAppsAndServersAreNotChecked()
    {
        var file = AppFileText.ReadValid(AppFileText.WithActions(
            """{ "redirect": { "next_page": "../conference/first" } }, { "redirect": { "next_page": "https://example.com/ivr" } }, { "redirect": { "next_page": "error" } }"""));

        Assert.Equal(3, file.Pages["first"].Rules[0].Actions.Count);
    }

    [Fact]
    public void EveryV2ActionIsAllowedInAnAppFile()
    {
        var file = AppFileText.ReadValid(AppFileText.WithActions("""
            { "answer": { "extra_sip_headers": [ { "name": "X-Queue", "value": "1" } ] } },
            { "start_transcription": { "results_page": "first", "speech_recognition_options": { "language": "en-GB", "speech_model_options": { "model": "phone_call" } } } },
            { "get_input": { "next_page": "first", "digit_input_options": { "digit_count": 4 } } },
            { "run_speech_menu": { "menu_options": [ { "word": "sales", "digit": "1", "next_page": "first" } ] } },
            { "receive_fax": { "next_page": "first" } }, { "stop_transcription": {} }, { "reject": { "cause": "busy" } }
            """));

        Assert.Equal(7, file.Pages["first"].Rules[0].Actions.Count);
    }

    [Fact]
    public void AFileFetchedByAWebPageRequestIsNoPageOfTheApp()
    {
        var file = AppFileText.ReadValid(AppFileText.WithActions(
            """{ "play": { "play_list": [ { "file_to_play": { "url": "welcome.wav" } } ] } }, { "send_fax": { "fax_to_send": { "url": "invoice.tif" } } }"""));

        Assert.Equal(2, file.Pages["first"].Rules[0].Actions.Count);
    }

    [Fact]
    public void TheProgressAndResultsPagesOfTheV2ActionsArePagesOfTheApp()
    {
        var lines = AppFileText.ProblemLines(AppFileText.WithActions(
            """{ "start_transcription": { "results_page": "transcripts" } }, { "receive_fax": { "next_page": "error", "progress_page": "fax-progress" } }"""));

        Assert.Equal(
            [
                "apps/test.json: pages.first[0].actions[0].start_transcription.results_page: \"transcripts\" names no page of this app; its pages are first, final, error",
                "apps/test.json: pages.first[0].actions[1].receive_fax.progress_page: \"fax-progress\" names no page of this app; its pages are first, final, error",
            ],
            lines);
    }

    [Fact]
    public void CommentsAndTrailingCommasAreAllowed()
    {
        var file = AppFileText.ReadValid("""
            {
              // Operators annotate their files.
              "fallback": [ { "hang_up": {} }, ],
              "pages": { "first": [ { "actions": [] }, ], },
            }
            """);

        Assert.True(file.Pages.ContainsKey("first"));
    }
}
