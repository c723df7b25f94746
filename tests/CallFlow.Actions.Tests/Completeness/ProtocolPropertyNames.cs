using CallFlow.Actions.Media;
using CallFlow.Actions.Parts;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Results;
using CallFlow.Actions.Verbs;
using Record = CallFlow.Actions.Verbs.Record;

namespace CallFlow.Actions.Tests.Completeness;

/// <summary>
/// The wire property names of every action, support type and result, transcribed once from the REST API version 2 pages
/// docs/protocol.md cites for each (names marked there as assumed are the ones this list pins in the Assumptions section).
/// The model must have exactly these: a property missing from the model, or one the model adds, fails the test that reads this list.
/// </summary>
public static class ProtocolPropertyNames
{
    /// <summary>Model type to its wire property names, as docs/protocol.md lists them.</summary>
    public static IReadOnlyDictionary<Type, string[]> ByType { get; } = new Dictionary<Type, string[]>
    {
        // Actions.
        [typeof(Answer)] = ["extra_sip_headers"],
        [typeof(Reject)] = ["cause", "raw_cause"],
        [typeof(Play)] = ["play_list", "barge_in_on_digit", "barge_in_on_speech", "barge_in_on_speech_options"],
        [typeof(Connect)] = ["destinations", "call_from", "hold_media", "pass_early_media", "seconds_answer_timeout", "classify_callee", "secondary_call", "next_page"],
        [typeof(ConnectToConference)] = ["name", "hold_media", "seconds_answer_timeout", "conference_participant", "secondary_call", "next_page"],
        [typeof(GetNumber)] = ["next_page", "prompt", "digit_count", "end_digit", "valid_digits", "help_digit", "seconds_timeout", "milliseconds_inter_digit_timeout", "milliseconds_initial_timeout"],
        [typeof(GetInput)] =
        [
            "next_page", "prompt", "speech_input_mode", "speech_recognition_options", "digit_input_enabled", "digit_input_options",
            "milliseconds_inter_speech_timeout", "on_input_timeout_messages", "on_invalid_input_messages",
        ],
        [typeof(RunSpeechMenu)] =
        [
            "menu_options", "prompt", "language", "speech_model_options", "help_digit", "help_word", "seconds_timeout",
            "on_input_timeout_messages", "on_invalid_input_messages",
        ],
        [typeof(RunMenu)] = ["menu_options", "prompt", "help_digit", "seconds_digit_timeout", "on_digit_timeout_messages", "on_invalid_digit_messages"],
        [typeof(Record)] = ["next_page", "id", "barge_in_digits", "seconds_max_duration", "milliseconds_max_silence", "milliseconds_max_initial_silence", "format", "encryption_cipher", "beep_on_start", "recording_available_page"],
        [typeof(SendFax)] = ["fax_to_send", "progress_page", "next_page", "decryption_cipher"],
        [typeof(ReceiveFax)] = ["next_page", "id", "progress_page", "encryption_cipher", "fax_available_page"],
        [typeof(StartTranscription)] = ["results_page", "transcription_mode", "id", "speech_recognition_options", "enable_interim_results"],
        [typeof(StopTranscription)] = [],
        [typeof(Redirect)] = ["next_page"],
        [typeof(HangUp)] = [],
        [typeof(Sleep)] = ["seconds"],

        // Support types.
        [typeof(TextToSay)] = ["text_to_say", "tts_voice", "text_is_private"],
        [typeof(FileToPlay)] = ["file_to_play", "decryption_cipher"],
        [typeof(DigitsToPlay)] = ["digits_to_play"],
        [typeof(ClassifyCallee)] = ["enable", "milliseconds_timeout", "hang_up_on_answering_machine", "hang_up_on_fax_machine", "answering_machine_ready_to_record"],
        [typeof(AnsweringMachineReadyToRecord)] = ["milliseconds_min_beep_duration", "milliseconds_post_beep_silence", "milliseconds_no_beep_silence", "seconds_max_message_duration"],
        [typeof(SecondaryCall)] =
        [
            "call_recording", "call_recording_encryption", "call_recording_eliminate_dtmf", "call_recording_mode", "call_recording_cipher",
            "minutes_max_call_duration", "first_page", "final_page", "error_page",
        ],
        [typeof(ConferenceParticipant)] = ["talker", "start_on_entry", "destroy_on_exit", "beep_on_entry", "exit_digit", "mute_digit", "unmute_digit", "while_stopped_media", "name", "has_joined_message", "has_left_message"],
        [typeof(MenuOption)] = ["digit", "next_page"],
        [typeof(WebPageRequest)] = ["url", "method"],
        [typeof(SipHeader)] = ["name", "value"],
        [typeof(Cipher)] = ["type", "key", "initialisation_vector"],
        // A media file is a file name string or a web page request; the object form is the one with property names.
        [typeof(MediaFile)] = ["url", "method"],
        [typeof(WordHint)] = ["words"],
        [typeof(SpeechRecognitionOptions)] =
        [
            "language", "language_outbound", "word_hints", "max_alternatives", "enable_profanity_filtering", "speech_model_options", "speech_model_options_outbound",
        ],
        [typeof(SpeechBargeInOptions)] = ["language", "barge_in_phrases", "speech_model_options"],
        [typeof(DigitInputOptions)] = ["digit_count", "end_digit", "valid_digits"],
        [typeof(SpeechMenuOption)] = ["digit", "word", "next_page"],
        [typeof(NegotiatedFaxSettings)] = ["modem", "data_rate"],
        [typeof(TranscriptionPhrase)] = ["alternatives", "final", "stability", "direction"],
        [typeof(SpeechAlternative)] = ["text", "confidence"],

        // Results (the "result" object of an action_result).
        [typeof(ConnectResult)] = ["seconds_connected_duration"],
        [typeof(ConnectToConferenceResult)] = ["seconds_connected_duration"],
        [typeof(GetNumberResult)] = ["entered_number"],
        [typeof(RunMenuResult)] = ["selected_digit"],
        [typeof(RecordResult)] = ["filename", "contains_sound", "seconds_duration"],
        [typeof(GetInputResult)] = ["input_type", "input"],
        [typeof(RunSpeechMenuResult)] = ["input_type", "input"],
        [typeof(SendFaxResult)] = ["pages_sent", "negotiated_settings"],
        [typeof(ReceiveFaxResult)] = ["id", "filename", "pages_received", "negotiated_settings"],
        [typeof(StartTranscriptionResult)] = ["transcription", "id", "completed"],

        // The response and the request.
        [typeof(ActionsResponse)] = ["actions", "token", "call_recording_cipher", "api_version"],
        [typeof(PageRequest)] = ["instance_info"],
        [typeof(InstanceInfo)] = ["application_instance_id", "token", "log_filename", "is_notification", "this_call", "action_result", "action_progress", "error_result", "dropped_calls"],
        [typeof(ActionProgress)] = ["id", "negotiated_settings", "pages_received", "pages_sent"],
        [typeof(ErrorResult)] = ["action", "result"],

        // far_end_type is not on the call info page: the model also reads the platform's classification of a dropped call (docs/protocol.md, Assumptions).
        [typeof(CallInfo)] =
        [
            "call_id", "call_direction", "call_from", "call_to", "call_target", "call_divert", "call_attestation",
            "seconds_call_duration", "call_state", "call_cause", "call_raw_cause", "far_end_type", "application_parameters", "outbound_parameters",
        ],
    };
}
