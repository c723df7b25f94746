using System.Text.Json;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Tests.Completeness;
using CallFlow.Actions.Tests.Support;
using CallFlow.Actions.Validation;

namespace CallFlow.Actions.Tests.Serialization;

public class WireFormatTests
{
    // Every action of protocol.md section 4 with every property set to a value other than its default.
    private const string EveryProperty = """
        {"actions": [
          {"play": {"play_list": [
              {"text_to_say": "Hello", "tts_voice": "Polly.Amy", "text_is_private": true},
              {"file_to_play": "secret.wav", "decryption_cipher": "c1"},
              {"digits_to_play": "12#"}],
            "barge_in_on_digit": false}},
          {"connect": {"destinations": ["441908273800", "sip:bob@example.com"], "call_from": "441908273801",
            "hold_media": {"play": {"play_list": [{"file_to_play": "hold.wav"}]}}, "seconds_answer_timeout": 20,
            "classify_callee": {"enable": false, "milliseconds_timeout": 4000, "hang_up_on_answering_machine": false, "hang_up_on_fax_machine": false,
              "answering_machine_ready_to_record": {"milliseconds_min_beep_duration": 200, "milliseconds_post_beep_silence": 900,
                "milliseconds_no_beep_silence": 3000, "seconds_max_message_duration": 20}},
            "secondary_call": {"call_recording": true, "call_recording_encryption": true, "minutes_max_call_duration": 60,
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
          {"run_menu": {"menu_options": [{"digit": "1", "next_page": {"url": "sales"}}, {"digit": "2", "next_page": {"url": "support", "method": "GET"}}],
            "prompt": {"play": {"play_list": [{"text_to_say": "Press 1 or 2."}]}}, "help_digit": "*", "seconds_digit_timeout": 8,
            "on_digit_timeout_messages": [{"play": {"play_list": [{"text_to_say": "Please choose."}]}}],
            "on_invalid_digit_messages": [{"play": {"play_list": [{"text_to_say": "Not an option."}]}}, {"play": {"play_list": [{"text_to_say": "Try again."}]}}]}},
          {"record": {"next_page": {"url": "recorded"}, "id": "voicemail-1", "barge_in_digits": "#*", "seconds_max_duration": 120,
            "milliseconds_max_silence": 5000, "milliseconds_max_initial_silence": 2000, "format": "ulaw", "beep_on_start": true,
            "recording_available_page": {"url": "available"}}},
          {"redirect": {"next_page": {"url": "elsewhere"}}},
          {"sleep": {"seconds": 2}},
          {"hang_up": {}}],
         "token": "state",
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
