using System.Text.Json.Nodes;

namespace CallFlow.Actions.Tests.Seeds;

/// <summary>
/// The JSON examples of the version 1 connect pages and of the REST API version 2 pages (each named in docs/protocol.md),
/// one file each under <c>Golden/</c>, verbatim unless a comment below says what was changed. An action example
/// (<c>"connect" : {...}</c>) is kept as the one-key action object it is; an example of a support class sits in the
/// smallest valid action that holds it; an <c>action_result</c> example sits in the smallest valid page request.
/// </summary>
public static class GoldenFiles
{
    /// <summary>The action examples: the version 1 connect and connect to conference pages', then the version 2 pages'.</summary>
    public static IReadOnlyList<string> Actions { get; } =
    [
        "connect-single-destination",
        "connect-classify-callee",
        "connect-secondary-call-pages",
        "connect-to-conference-defaults",
        "connect-to-conference-participant",
        "connect-to-conference-secondary-call-pages",

        // The v2 answer page.
        "answer-empty",
        "answer-extra-sip-headers",

        // The v2 reject page; the raw cause example has a trailing comma after "486" on the page, removed here.
        "reject-empty",
        "reject-cause-busy",
        "reject-raw-cause",

        // The v2 stop transcription page.
        "stop-transcription",

        // The v2 speech barge in options page's example, in a play that enables barge in on speech (the play list is ours).
        "play-speech-barge-in-options",

        // The v2 speech recognition options page's two examples and the digit input options page's example, each in a get_input with a next page.
        "get-input-speech-recognition-alternatives",
        "get-input-speech-recognition-word-hints",
        "get-input-digit-input-options",

        // The v2 secondary call page's two examples, in a connect to one destination. The second is cut on the page inside
        // the final page's URL ("my_secondary_call_final..."): it is completed as "my_secondary_call_final_page".
        "connect-secondary-call-first-page",
        "connect-secondary-call-recording",

        // The v2 conference participant page's example, in a connect_to_conference; the page elides the joined message's play
        // list ("[...]"): one text item stands in for it.
        "connect-to-conference-participant-mute-digit",
    ];

    /// <summary>The action_result examples of the same pages, each in a page request.</summary>
    public static IReadOnlyList<string> PageRequests { get; } =
    [
        "connect-result",
        "connect-to-conference-result",

        // The v2 action result page's two examples.
        "record-result",
        "get-input-interrupted",

        // The v2 stop transcription page's results page example; the interim result is built from the page's words
        // ("final": false with "stability": 0.92), as the page shows no whole interim example.
        "start-transcription-result",
        "start-transcription-interim-result",
    ];

    /// <summary>The folder the files are copied to.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Golden");

    /// <summary>The text of a golden file, exactly as its page has it (changes aside, see above).</summary>
    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name + ".json"));

    /// <summary>A golden file in the canonical form the model writes (see <see cref="SeedCanonicalForm"/>).</summary>
    public static JsonNode Canonical(string name) => SeedCanonicalForm.Of(JsonNode.Parse(Text(name))!);
}
