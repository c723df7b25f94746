using CallFlow.Actions.Media;
using CallFlow.Actions.Parts;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Results;
using CallFlow.Actions.Verbs;
using Record = CallFlow.Actions.Verbs.Record;

namespace CallFlow.Actions.Tests.Completeness;

/// <summary>
/// The wire property names of every action, support type and result, transcribed once from /work/shared/protocol.md
/// section 4 (sections 2 and 3 for the request and the response). The model must have exactly these: a property
/// missing from the model, or one the model adds, fails the test that reads this list.
/// </summary>
public static class ProtocolPropertyNames
{
    /// <summary>Model type to its wire property names, as protocol.md lists them.</summary>
    public static IReadOnlyDictionary<Type, string[]> ByType { get; } = new Dictionary<Type, string[]>
    {
        // Section 4, actions.
        [typeof(Play)] = ["play_list", "barge_in_on_digit"],
        [typeof(Connect)] = ["destinations", "call_from", "hold_media", "seconds_answer_timeout", "classify_callee", "secondary_call", "next_page"],
        [typeof(ConnectToConference)] = ["name", "hold_media", "seconds_answer_timeout", "conference_participant", "secondary_call", "next_page"],
        [typeof(GetNumber)] = ["next_page", "prompt", "digit_count", "end_digit", "valid_digits", "help_digit", "seconds_timeout", "milliseconds_inter_digit_timeout", "milliseconds_initial_timeout"],
        [typeof(RunMenu)] = ["menu_options", "prompt", "help_digit", "seconds_digit_timeout", "on_digit_timeout_messages", "on_invalid_digit_messages"],
        [typeof(Record)] = ["next_page", "id", "barge_in_digits", "seconds_max_duration", "milliseconds_max_silence", "milliseconds_max_initial_silence", "format", "beep_on_start", "recording_available_page"],
        [typeof(Redirect)] = ["next_page"],
        [typeof(HangUp)] = [],
        [typeof(Sleep)] = ["seconds"],

        // Section 4, support types.
        [typeof(TextToSay)] = ["text_to_say", "tts_voice", "text_is_private"],
        [typeof(FileToPlay)] = ["file_to_play", "decryption_cipher"],
        [typeof(DigitsToPlay)] = ["digits_to_play"],
        [typeof(ClassifyCallee)] = ["enable", "milliseconds_timeout", "hang_up_on_answering_machine", "hang_up_on_fax_machine", "answering_machine_ready_to_record"],
        [typeof(AnsweringMachineReadyToRecord)] = ["milliseconds_min_beep_duration", "milliseconds_post_beep_silence", "milliseconds_no_beep_silence", "seconds_max_message_duration"],
        [typeof(SecondaryCall)] = ["call_recording", "call_recording_encryption", "minutes_max_call_duration", "first_page", "final_page", "error_page"],
        [typeof(ConferenceParticipant)] = ["talker", "start_on_entry", "destroy_on_exit", "beep_on_entry", "exit_digit", "mute_digit", "unmute_digit", "while_stopped_media", "name", "has_joined_message", "has_left_message"],
        [typeof(MenuOption)] = ["digit", "next_page"],
        [typeof(WebPageRequest)] = ["url", "method"],

        // Section 4, results (the "result" object of an action_result).
        [typeof(ConnectResult)] = ["seconds_connected_duration"],
        [typeof(ConnectToConferenceResult)] = ["seconds_connected_duration"],
        [typeof(GetNumberResult)] = ["entered_number"],
        [typeof(RunMenuResult)] = ["selected_digit"],
        [typeof(RecordResult)] = ["filename", "contains_sound", "seconds_duration"],

        // Section 3, the response; section 2, the request.
        [typeof(ActionsResponse)] = ["actions", "token", "api_version"],
        [typeof(PageRequest)] = ["instance_info"],
        [typeof(InstanceInfo)] = ["application_instance_id", "token", "log_filename", "is_notification", "this_call", "action_result", "error_result", "dropped_calls"],
        [typeof(ErrorResult)] = ["action", "result"],

        // far_end_type is not in protocol.md: the model also reads the platform's classification of a dropped call (docs/protocol.md, Assumptions).
        [typeof(CallInfo)] =
        [
            "call_id", "call_direction", "call_from", "call_to", "call_target", "call_divert", "call_attestation",
            "seconds_call_duration", "call_state", "call_cause", "call_raw_cause", "far_end_type", "application_parameters", "outbound_parameters",
        ],
    };
}
