namespace CallFlow.Cli.Tests.Support;

/// <summary>Small documents of each kind, valid unless their name says otherwise.</summary>
public static class SampleDocuments
{
    public const string Response = """
        {"actions": [{"play": {"play_list": [{"text_to_say": "Hello"}]}}, {"connect": {"destinations": ["441908273800"], "next_page": "connected"}}], "api_version": "2.0"}
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
