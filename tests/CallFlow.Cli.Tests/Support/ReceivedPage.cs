using System.Text.Json;

namespace CallFlow.Cli.Tests.Support;

/// <summary>A page request the fake app received: its page name, method, instance_info and Authorization header.</summary>
public sealed record ReceivedPage(string Page, string Method, JsonElement InstanceInfo, string? Authorization, string? ContentType)
{
    public JsonElement ThisCall => InstanceInfo.GetProperty("this_call");

    public string? CallId => ThisCall.GetProperty("call_id").GetString();

    /// <summary>A string property of instance_info at a dotted path such as <c>action_result.result.entered_number</c>, or null when absent.</summary>
    public string? Text(string path)
    {
        var element = InstanceInfo;
        foreach (var name in path.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText();
    }
}
