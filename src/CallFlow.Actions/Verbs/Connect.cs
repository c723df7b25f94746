using System.Text.Json.Serialization;
using CallFlow.Actions.Parts;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Verbs;

/// <summary>
/// <c>connect</c>: calls one or more destinations and connects the first to answer to this call.
/// Result (on the next page): <see cref="Results.ConnectResult"/>.
/// </summary>
public sealed class Connect : TelephonyAction
{
    /// <summary>Creates a connect action with no destinations yet; add them with <see cref="AddDestination"/>.</summary>
    public Connect()
    {
    }

    /// <summary>Creates a connect action to one destination (a phone number or a <c>sip:</c>/<c>tel:</c> address).</summary>
    public Connect(string destination) => Destinations.Add(destination);

    /// <summary>Creates a connect action to several destinations; the first to answer wins.</summary>
    public Connect(IEnumerable<string> destinations) => Destinations.AddRange(destinations);

    /// <summary><c>destinations</c> (required): phone numbers or <c>sip:</c>/<c>tel:</c> addresses. The first to answer is connected, the rest are hung up.</summary>
    public List<string> Destinations { get; set; } = [];

    /// <summary><c>call_from</c>: who is calling, a (validated) number or sip address. Platform default: the number or address of this call.</summary>
    public string? CallFrom { get; set; }

    /// <summary><c>hold_media</c>: a play action repeated to this call until the destination is connected. Platform default: null, ringing.</summary>
    [JsonConverter(typeof(WrappedPlayConverter))]
    public Play? HoldMedia { get; set; }

    /// <summary><c>pass_early_media</c>: pass the destination's early media to this call instead of the hold media; needs exactly one destination and a secondary call without a first page. Platform default: false.</summary>
    public bool? PassEarlyMedia { get; set; }

    /// <summary><c>seconds_answer_timeout</c>: seconds to wait for a destination to answer. Platform default: 30.</summary>
    public int? SecondsAnswerTimeout { get; set; }

    /// <summary><c>classify_callee</c>: whether and how to classify the answering end. Platform default: null, no classification.</summary>
    public ClassifyCallee? ClassifyCallee { get; set; }

    /// <summary><c>secondary_call</c>: pages and properties of the outbound (secondary) call. Platform default: null.</summary>
    public SecondaryCall? SecondaryCall { get; set; }

    /// <summary><c>next_page</c>: the page requested when the connect finishes. Platform default: null, run the next queued action.</summary>
    public WebPageRequest? NextPage { get; set; }

    /// <summary>Adds a destination; returns this action for chaining.</summary>
    public Connect AddDestination(string destination)
    {
        Destinations.Add(destination);
        return this;
    }

    /// <summary>Enables callee classification with the platform's default settings.</summary>
    public Connect EnableCalleeClassification() => EnableCalleeClassification(new ClassifyCallee());

    /// <summary>Enables callee classification with the given settings.</summary>
    public Connect EnableCalleeClassification(ClassifyCallee classifyCallee)
    {
        ClassifyCallee = classifyCallee;
        return this;
    }
}
