namespace CallFlow.Actions.Tests.Serialization;

/// <summary>
/// Response documents that cannot be read at all, each with the <c>JsonException</c> expected: its Path (where the broken
/// action starts) and its message (which starts with the place inside that action, when the problem lies deeper).
/// </summary>
public static class MalformedResponses
{
    private const string Known = "Known actions: answer, reject, play, connect, connect_to_conference, get_number, get_input, run_menu, run_speech_menu, record, send_fax, receive_fax, start_transcription, stop_transcription, redirect, hang_up, sleep.";
    private const string ItemKinds = "text_to_say, file_to_play or digits_to_play";

    /// <summary>Case name to (document, expected Path, expected message).</summary>
    public static IReadOnlyDictionary<string, (string Json, string Path, string Message)> Cases { get; } = new Dictionary<string, (string, string, string)>
    {
        ["action object with no key"] = (Second("{}"), "$.actions[1]", $"An action object must have exactly one key, the action name; this one has none. {Known}"),
        ["action object with two keys"] = (Second("""{"hang_up": {}, "play": {}}"""), "$.actions[1]", "An action object must have exactly one key, the action name; \"hang_up\" is followed by \"play\"."),
        ["action given as a string"] = (Second("\"hang_up\""), "$.actions[1]", "An action must be a one-key object such as {\"hang_up\": {}}, not a string."),
        ["action given as an array"] = (Second("[]"), "$.actions[1]", "An action must be a one-key object such as {\"hang_up\": {}}, not an array."),
        ["action properties given as a number"] = (Second("""{"sleep": 5}"""), "$.actions[1]", "The value of \"sleep\" must be an object holding its properties, not a number."),
        ["play list item given as a number"] = (Second("""{"play": {"play_list": [42]}}"""), "$.actions[1]", $"play.play_list[0]: A play list item must be an object holding one of {ItemKinds}, not a number."),
        ["play list item of no kind"] = (Second("""{"play": {"play_list": [{"text_to_say": "Hi"}, {"tts_voice": "x"}]}}"""), "$.actions[1]", $"play.play_list[1]: A play list item must hold one of {ItemKinds}."),
        ["play list item of two kinds"] = (Second("""{"play": {"play_list": [{"text_to_say": "Hi", "file_to_play": "a.wav"}]}}"""), "$.actions[1]", $"play.play_list[0]: A play list item must hold exactly one of {ItemKinds}; this one holds more."),
        ["bad play list item in hold_media"] = (Second("""{"connect": {"destinations": ["441908273800"], "hold_media": {"play": {"play_list": [true]}}}}"""), "$.actions[1]", $"connect.hold_media.play.play_list[0]: A play list item must be an object holding one of {ItemKinds}, not a boolean."),
        ["bad play list item in a participant's name"] = (Second("""{"connect_to_conference": {"name": "c", "conference_participant": {"name": {"play": {"play_list": ["Bob"]}}}}}"""), "$.actions[1]", $"connect_to_conference.conference_participant.name.play.play_list[0]: A play list item must be an object holding one of {ItemKinds}, not a string."),
        ["bad play list item in a menu message"] = (Second("""{"run_menu": {"menu_options": [], "on_invalid_digit_messages": [{"play": {"play_list": [{}]}}]}}"""), "$.actions[1]", $"run_menu.on_invalid_digit_messages[0].play.play_list[0]: A play list item must hold one of {ItemKinds}."),
        ["hold_media that is not a play"] = (Second("""{"connect": {"destinations": ["441908273800"], "hold_media": {"hang_up": {}}}}"""), "$.actions[1]", "connect.hold_media: Expected a play action here, such as {\"play\": {\"play_list\": [{\"text_to_say\": \"Hello\"}]}}."),
        ["hold_media with two keys"] = (Second("""{"connect": {"destinations": ["441908273800"], "hold_media": {"play": {"play_list": []}, "sleep": {}}}}"""), "$.actions[1]", "connect.hold_media: An action object must have exactly one key, the action name; \"play\" is followed by \"sleep\"."),
        ["digit of two characters"] = (Second("""{"run_menu": {"menu_options": [{"digit": "99", "next_page": "one"}]}}"""), "$.actions[1]", "run_menu.menu_options[0].digit: A digit must be a single character of 0123456789ABCD#*, not \"99\"."),
        ["web page request given as a number"] = (Second("""{"redirect": {"next_page": 5}}"""), "$.actions[1]", "redirect.next_page: A web page request must be a URL string or an object {\"url\": \"...\", \"method\": \"POST\"}, not a number."),
        ["web page request without url"] = (Second("""{"redirect": {"next_page": {"method": "GET"}}}"""), "$.actions[1]", "redirect.next_page: A web page request object needs a \"url\"."),
        ["menu option page without url"] = (Second("""{"run_menu": {"menu_options": [{"digit": "1", "next_page": {}}]}}"""), "$.actions[1]", "run_menu.menu_options[0].next_page: A web page request object needs a \"url\"."),
        ["timeout given as text"] = (Second("""{"connect": {"destinations": ["441908273800"], "seconds_answer_timeout": "soon"}}"""), "$.actions[1]", "connect.seconds_answer_timeout: The JSON value could not be converted to System.Nullable`1[System.Int32]."),
        ["actions given as an object"] = ("""{"actions": {"hang_up": {}}, "api_version": "2.0"}""", "$.actions", "The JSON value could not be converted to System.Collections.Generic.List`1[CallFlow.Actions.Verbs.TelephonyAction]. Path: $.actions | LineNumber: 0 | BytePositionInLine: 13."),
    };

    private static string Second(string action) => $$$"""{"actions": [{"hang_up": {}}, {{{action}}}], "api_version": "2.0"}""";
}
