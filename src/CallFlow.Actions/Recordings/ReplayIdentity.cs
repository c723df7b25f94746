using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CallFlow.Actions.Recordings;

/// <summary>
/// The ids of one replay: each recorded <c>application_instance_id</c> and <c>call_id</c> (of <c>this_call</c> and of
/// <c>dropped_calls</c>) becomes the recorded id with this replay's suffix, the same on every page, so the pages of a
/// replay belong to one new call and its legs stay told apart.
/// </summary>
internal sealed class ReplayIdentity
{
    private const string InstanceInfo = "instance_info";
    private readonly string _suffix = "-replay-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
    private readonly Dictionary<string, string> _fresh = new(StringComparer.Ordinal);

    /// <summary>The request to send: <paramref name="request"/> (bare or wrapped) with this replay's ids.</summary>
    public string Rewrite(JsonElement request)
    {
        try
        {
            return JsonNode.Parse(request.GetRawText()) is JsonObject root ? WithFreshIds(root) : request.GetRawText();
        }
        catch (ArgumentException)
        {
            // A property given twice cannot be held in a JsonObject; such a request is sent as recorded, to see what the server makes of it.
            return request.GetRawText();
        }
    }

    /// <summary>An answer with this replay's ids turned back into the recorded ones, to compare with the recorded answer.</summary>
    public string Restore(string answer)
    {
        foreach (var (recorded, fresh) in _fresh)
        {
            answer = answer.Replace(fresh, recorded, StringComparison.Ordinal);
        }

        return answer;
    }

    private string WithFreshIds(JsonObject root)
    {
        var info = root[InstanceInfo] as JsonObject ?? root;
        Replace(info, "application_instance_id");
        Replace(info["this_call"] as JsonObject, "call_id");
        if (info["dropped_calls"] is JsonArray dropped)
        {
            foreach (var call in dropped)
            {
                Replace(call as JsonObject, "call_id");
            }
        }

        return root.ToJsonString();
    }

    private void Replace(JsonObject? owner, string property)
    {
        if (owner?[property] is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: > 0 } recorded)
        {
            if (!_fresh.TryGetValue(recorded, out var fresh))
            {
                fresh = recorded + _suffix;
                _fresh[recorded] = fresh;
            }

            owner[property] = fresh;
        }
    }
}
