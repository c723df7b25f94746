using System.Text.Json;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Tests.Completeness;
using CallFlow.Actions.Tests.Support;
using CallFlow.Actions.Validation;

namespace CallFlow.Actions.Tests.Serialization;

public class WireFormatTests
{
    // Every action of docs/protocol.md with every property set to a value other than its default.
    private const string EveryProperty = """
        {"actions": [
          {"answer": {"extra_sip_headers": [{"name": "X-EstimatedQueueWaitTime", "value": "150"}, {"name": "X-Empty", "value": ""}]}},
          {"reject": {"cause": "busy", "raw_cause": "486"}},
          {"play": {"play_list": [
              {"text_to_say": "Hello", "tts_voice": "Polly.Amy", "text_is_private": true},
              {"file_to_play": "secret.wav", "decryption_cipher": {"type": "aescbc", "key": "000102030405060708090a0b0c0d0e0f", "initialisation_vector": "0f0e0d0c0b0a09080706050403020100"}},
              {"file_to_play": {"url": "media/welcome.wav", "method": "GET"}},
              {"digits_to_play": "12#"}],
            "barge_in_on_digit": false, "barge_in_on_speech": true,
            "barge_in_on_speech_options": {"language": "en-GB", "barge_in_phrases": ["cancel", "stop"], "speech_model_options": {"model": "phone_call"}}}},
          {"connect": {"destinations": ["441908273800", "sip:bob@example.com"], "call_from": "441908273801",
            "hold_media": {"play": {"play_list": [{"file_to_play": "hold.wav"}]}}, "pass_early_media": false, "seconds_answer_timeout": 20,
            "classify_callee": {"enable": false, "milliseconds_timeout": 4000, "hang_up_on_answering_machine": false, "hang_up_on_fax_machine": false,
              "answering_machine_ready_to_record": {"milliseconds_min_beep_duration": 200, "milliseconds_post_beep_silence": 900,
                "milliseconds_no_beep_silence": 3000, "seconds_max_message_duration": 20}},
            "secondary_call": {"call_recording": true, "call_recording_encryption": true, "call_recording_eliminate_dtmf": false,
              "call_recording_mode": "separate", "call_recording_cipher": {"type": "aescbc", "key": "000102030405060708090a0b0c0d0e0f", "initialisation_vector": "0f0e0d0c0b0a09080706050403020100"}, "minutes_max_call_duration": 60,
              "first_page": {"url": "first", "method": "GET"}, "final_page": {"url": "final"}, "error_page": {"url": "error"}},
            "next_page": {"url": "connected", "method": "POST"}}},
          {"connect_to_conference": {"name": "room", "hold_media": {"play": {"play_list": [{"file_to_play": "jazz.wav"}]}},
            "seconds_answer_timeout": 10,
            "conference_participant": {"talker": false, "start_on_entry": false, "destroy_on_exit": true, "beep_on_entry": false,
              "exit_digit": "9", "mute_digit": "#", "unmute_digit": "*",
              "while_stopped_media": {"play": {"play_list": [{"file_to_play": "wait.wav"}]}},
              "name": {"play": {"play_list": [{"text_to_say": "Bob"}]}},
              "has_joined_message": {"play": {"play_list": [{"text_to_say": "has joined"}]}},
              "has_left_message": {"play": {"play_list": [{"text_to_say": "has left"}]}}},
            "secondary_call": {"minutes_max_call_duration": 30}, "next_page": {"url": "left"}}},
          {"get_number": {"next_page": {"url": "number"}, "prompt": {"play": {"play_list": [{"text_to_say": "Your PIN?"}]}},
            "digit_count": 0, "end_digit": "#", "valid_digits": "0123456789", "help_digit": "*", "seconds_timeout": 20,
            "milliseconds_inter_digit_timeout": 3000, "milliseconds_initial_timeout": 8000}},
          {"get_input": {"next_page": {"url": "input"}, "prompt": {"play": {"play_list": [{"text_to_say": "Which county?"}]}},
            "speech_input_mode": "auto",
            "speech_recognition_options": {"language": "en-GB", "language_outbound": "fr-FR",
              "word_hints": [{"words": ["Northamptonshire", "Buckinghamshire", "Bedfordshire"]}], "max_alternatives": 3,
              "enable_profanity_filtering": true, "speech_model_options": {"model": "phone_call"}, "speech_model_options_outbound": {"model": "default"}},
            "digit_input_enabled": false, "digit_input_options": {"digit_count": 11, "end_digit": "*", "valid_digits": "123456789"},
            "milliseconds_inter_speech_timeout": 1500,
            "on_input_timeout_messages": [{"play": {"play_list": [{"text_to_say": "Say a county."}]}}],
            "on_invalid_input_messages": [{"play": {"play_list": [{"text_to_say": "Not a county."}]}}]}},
          {"run_menu": {"menu_options": [{"digit": "1", "next_page": {"url": "sales"}}, {"digit": "2", "next_page": {"url": "support", "method": "GET"}}],
            "prompt": {"play": {"play_list": [{"text_to_say": "Press 1 or 2."}]}}, "help_digit": "*", "seconds_digit_timeout": 8,
            "on_digit_timeout_messages": [{"play": {"play_list": [{"text_to_say": "Please choose."}]}}],
            "on_invalid_digit_messages": [{"play": {"play_list": [{"text_to_say": "Not an option."}]}}, {"play": {"play_list": [{"text_to_say": "Try again."}]}}]}},
          {"run_speech_menu": {"menu_options": [{"digit": "1", "word": "sales", "next_page": {"url": "sales"}}, {"word": "support", "next_page": {"url": "support"}}],
            "prompt": {"play": {"play_list": [{"text_to_say": "Say sales or support."}]}}, "language": "en-GB",
            "speech_model_options": {"model": "command_and_search"}, "help_digit": "#", "help_word": "assistance", "seconds_timeout": 0,
            "on_input_timeout_messages": [{"play": {"play_list": [{"text_to_say": "Please choose."}]}}],
            "on_invalid_input_messages": [{"play": {"play_list": [{"text_to_say": "Not an option."}]}}]}},
          {"record": {"next_page": {"url": "recorded"}, "id": "voicemail-1", "barge_in_digits": "#*", "seconds_max_duration": 120,
            "milliseconds_max_silence": 5000, "milliseconds_max_initial_silence": 2000, "format": "ulaw",
            "encryption_cipher": {"type": "aescbc", "key": "000102030405060708090a0b0c0d0e0f", "initialisation_vector": "0f0e0d0c0b0a09080706050403020100"}, "beep_on_start": true,
            "recording_available_page": {"url": "available"}}},
          {"send_fax": {"fax_to_send": "invoice.tif", "progress_page": {"url": "fax-progress"}, "next_page": {"url": "fax-sent"},
            "decryption_cipher": {"type": "aescbc", "key": "000102030405060708090a0b0c0d0e0f", "initialisation_vector": "0f0e0d0c0b0a09080706050403020100"}}},
          {"send_fax": {"fax_to_send": {"url": "https://example.com/fax.tif", "method": "GET"}}},
          {"receive_fax": {"next_page": {"url": "fax-received"}, "id": "fax-1", "progress_page": {"url": "fax-progress"},
            "encryption_cipher": {"type": "aescbc", "key": "000102030405060708090a0b0c0d0e0f", "initialisation_vector": "0f0e0d0c0b0a09080706050403020100"}, "fax_available_page": {"url": "fax-available"}}},
          {"start_transcription": {"results_page": {"url": "transcripts"}, "transcription_mode": "mixed", "id": "54321",
            "speech_recognition_options": {"max_alternatives": 2, "enable_profanity_filtering": true}, "enable_interim_results": true}},
          {"stop_transcription": {}},
          {"redirect": {"next_page": {"url": "elsewhere"}}},
          {"sleep": {"seconds": 2}},
          {"hang_up": {}}],
         "token": "state",
         "call_recording_cipher": {"type": "aescbc", "key": "000102030405060708090a0b0c0d0e0f", "initialisation_vector": "0f0e0d0c0b0a09080706050403020100"},
         "api_version": "2.0"}
        """;

    public static TheoryData<string, WireSerializer> TypesWithDefaults =>
        Wire.Cross(ProtocolPropertyNames.ByType.Keys.Where(t => t.GetConstructor(Type.EmptyTypes) is not null && t.Namespace is "CallFlow.Actions.Verbs" or "CallFlow.Actions.Parts" or "CallFlow.Actions.Media").Select(t => t.FullName!));

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void EveryPropertyOfEveryActionReadsValidatesAndWritesBack(WireSerializer serializer)
    {
        var response = serializer.Read<ActionsResponse>(EveryProperty);

        Assert.Empty(ActionsResponseValidator.Instance.Validate(response).Errors);
        JsonAssert.SameTree(EveryProperty, serializer.Write(response));
    }

    [Theory]
    [MemberData(nameof(TypesWithDefaults))]
    public void UnsetPropertiesAreOmittedSoThePlatformDefaultsApply(string typeName, WireSerializer serializer)
    {
        var type = typeof(ActionsResponse).Assembly.GetType(typeName)!;

        var written = JsonSerializer.SerializeToElement(Activator.CreateInstance(type), serializer.Options().GetTypeInfo(type));

        // Only the required properties a new object starts with (an empty list or text) may appear: never a stray 0, false or null.
        Assert.All(written.EnumerateObject(), p => Assert.True(
            p.Value.ValueKind is JsonValueKind.Array or JsonValueKind.String && p.Value.ToString() is "" or "[]",
            $"{p.Name} is written as {p.Value.GetRawText()} though nothing set it"));
    }
}
