using System.Text.Json.Serialization;
using CallFlow.Actions.Parts;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Verbs;

/// <summary>
/// <c>connect_to_conference</c>: connects this call to a named conference as a participant.
/// Result (on the next page): <see cref="Results.ConnectToConferenceResult"/>.
/// </summary>
public sealed class ConnectToConference : TelephonyAction
{
    /// <summary>Creates an action with no conference name yet (required before sending).</summary>
    public ConnectToConference()
    {
    }

    /// <summary>Creates an action that joins the conference <paramref name="name"/>.</summary>
    public ConnectToConference(string name) => Name = name;

    /// <summary><c>name</c> (required): the name of the conference.</summary>
    public string Name { get; set; } = "";

    /// <summary><c>hold_media</c>: a play action repeated to this call until it joins the conference. Platform default: null, ringing.</summary>
    [JsonConverter(typeof(WrappedPlayConverter))]
    public Play? HoldMedia { get; set; }

    /// <summary><c>seconds_answer_timeout</c>: seconds to wait for the conference call to be answered. Platform default: 30.</summary>
    public int? SecondsAnswerTimeout { get; set; }

    /// <summary><c>conference_participant</c>: how this participant takes part in the conference. Platform default: null, the defaults of <see cref="ConferenceParticipant"/>.</summary>
    [JsonPropertyName("conference_participant")]
    public ConferenceParticipant? Participant { get; set; }

    /// <summary><c>secondary_call</c>: pages and properties of the call to the conference. Platform default: null.</summary>
    public SecondaryCall? SecondaryCall { get; set; }

    /// <summary><c>next_page</c>: the page requested when the participant leaves. Platform default: null, run the next queued action.</summary>
    public WebPageRequest? NextPage { get; set; }
}
