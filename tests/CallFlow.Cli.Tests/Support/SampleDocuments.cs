namespace CallFlow.Cli.Tests.Support;

/// <summary>Small documents of each kind, valid unless their name says otherwise.</summary>
public static class SampleDocuments
{
    public const string Response = """
        {"actions": [{"play": {"play_list": [{"text_to_say": "Hello"}]}}, {"connect": {"destinations": ["441908273800"], "next_page": "connected"}}], "api_version": "2.0"}
        """;

    public const string V2Response = """
        {"actions": [{"answer": {"extra_sip_headers": [{"name": "X-Queue", "value": "1"}]}},
          {"play": {"play_list": [{"file_to_play": {"url": "media/hello.wav", "method": "GET"}}], "barge_in_on_speech": true, "barge_in_on_speech_options": {"barge_in_phrases": ["stop"]}}},
          {"start_transcription": {"results_page": "transcripts", "speech_recognition_options": {"language": "en-GB", "word_hints": [{"words": ["Bedford"]}], "speech_model_options": {"model": "phone_call"}}}},
          {"get_input": {"next_page": "input", "digit_input_options": {"digit_count": 4}}},
          {"run_speech_menu": {"menu_options": [{"word": "sales", "digit": "1", "next_page": "sales"}]}},
          {"send_fax": {"fax_to_send": "fax.tif", "decryption_cipher": {"type": "aescbc", "key": "000102030405060708090a0b0c0d0e0f", "initialisation_vector": "0f0e0d0c0b0a09080706050403020100"}}},
          {"receive_fax": {"next_page": "received"}}, {"stop_transcription": {}}, {"reject": {"cause": "busy"}}],
         "api_version": "2.0"}
        """;

    public const string PageRequest = """
        {"instance_info": {"application_instance_id": "06e122c3364cc74c.787379", "this_call": {"call_id": "c-1", "call_direction": "in", "call_from": "441908273801", "call_to": "442071234567", "call_state": "answered"}, "added_later_by_the_platform": true}}
        """;

    public const string BarePageRequest = """
        {"application_instance_id": "06e122c3364cc74c.787379", "this_call": {"call_id": "c-1", "call_state": "answered"}}
        """;

    public const string Recording = """
        {
          "app": "support",
          "exchanges": [
            {
              "page": "first",
              "request": {"instance_info": {"this_call": {"call_id": "c-1"}}},
              "expected_status": 200,
              "expected_response": {"actions": [{"redirect": {"next_page": "menu"}}], "api_version": "2.0"}
            },
            {
              "page": "final",
              "request": {"instance_info": {"this_call": {"call_id": "c-1", "call_state": "idle"}}},
              "expected_response": {}
            }
          ]
        }
        """;
}
