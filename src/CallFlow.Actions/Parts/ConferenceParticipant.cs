using System.Text.Json.Serialization;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.Parts;

/// <summary><c>conference_participant</c>: how a participant takes part in a conference.</summary>
public sealed class ConferenceParticipant : WireObject
{
    /// <summary><c>talker</c>: whether the participant can talk to the conference. Platform default: true.</summary>
    public bool? Talker { get; set; }

    /// <summary><c>start_on_entry</c>: whether the conference starts when this participant enters. Platform default: true.</summary>
    public bool? StartOnEntry { get; set; }

    /// <summary><c>destroy_on_exit</c>: whether the conference ends when this participant leaves. Platform default: false.</summary>
    public bool? DestroyOnExit { get; set; }

    /// <summary><c>beep_on_entry</c>: whether the conference hears a beep when this participant enters. Platform default: true.</summary>
    public bool? BeepOnEntry { get; set; }

    /// <summary><c>exit_digit</c>: the key (one of <c>0123456789ABCD#*</c>) that leaves the conference; <c>""</c> for none. Platform default: none.</summary>
    [JsonConverter(typeof(OptionalKeyConverter))]
    public string? ExitDigit { get; set; }

    /// <summary><c>mute_digit</c>: the key that mutes the participant (toggles mute when there is no unmute digit); <c>""</c> for none. Platform default: none.</summary>
    [JsonConverter(typeof(OptionalKeyConverter))]
    public string? MuteDigit { get; set; }

    /// <summary><c>unmute_digit</c>: the key that unmutes the participant; <c>""</c> makes the mute digit toggle. Platform default: the mute digit.</summary>
    [JsonConverter(typeof(OptionalKeyConverter))]
    public string? UnmuteDigit { get; set; }

    /// <summary><c>while_stopped_media</c>: a play action looped while the conference is stopped. Platform default: null.</summary>
    [JsonConverter(typeof(WrappedPlayConverter))]
    public Play? WhileStoppedMedia { get; set; }

    /// <summary><c>name</c>: a play action that says the participant's name. Platform default: null.</summary>
    [JsonConverter(typeof(WrappedPlayConverter))]
    public Play? Name { get; set; }

    /// <summary><c>has_joined_message</c>: a play action played when the participant has joined. Platform default: null.</summary>
    [JsonConverter(typeof(WrappedPlayConverter))]
    public Play? HasJoinedMessage { get; set; }

    /// <summary><c>has_left_message</c>: a play action played when the participant has left. Platform default: null.</summary>
    [JsonConverter(typeof(WrappedPlayConverter))]
    public Play? HasLeftMessage { get; set; }
}
