using System.Globalization;
using System.Text.Json.Nodes;

namespace CallFlow.Actions.Tests.Seeds;

/// <summary>
/// A seed's JSON rewritten into the canonical form the model writes, so a golden file can be compared with what the
/// model wrote as an exact tree. These are the only rewrites; each is a documented choice of the model (docs/protocol.md,
/// "The canonical form written"):
/// <list type="number">
/// <item>a web page request given as a plain string (<c>"first_page": "connectFirstPage"</c>) is written as <c>{"url": "connectFirstPage"}</c>;</item>
/// <item>a number given as a string in an action result (<c>"47.3"</c>) is written as a number (<c>47.3</c>), as v2 sends it;</item>
/// <item>an action result's <c>"interrupted": false</c> is left out, as v2 writes it (only an interrupted action has it).</item>
/// </list>
/// </summary>
public static class SeedCanonicalForm
{
    private static readonly HashSet<string> PageProperties =
        ["next_page", "first_page", "final_page", "error_page", "recording_available_page"];

    /// <summary>A canonical copy of <paramref name="seed"/>; the seed itself is left as it is.</summary>
    public static JsonNode Of(JsonNode seed)
    {
        var copy = seed.DeepClone();
        Rewrite(copy);
        return copy;
    }

    private static void Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (PageProperties.Contains(name) && obj[name] is JsonValue page && page.TryGetValue<string>(out var url))
                    {
                        obj[name] = new JsonObject { ["url"] = url };
                    }
                    else if (name == "action_result" && obj[name] is JsonObject result)
                    {
                        CanonicalActionResult(result);
                    }

                    Rewrite(obj[name]);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Rewrite(item);
                }

                break;
        }
    }

    private static void CanonicalActionResult(JsonObject actionResult)
    {
        if (actionResult["interrupted"] is JsonValue interrupted && interrupted.TryGetValue<bool>(out var wasInterrupted) && !wasInterrupted)
        {
            actionResult.Remove("interrupted");
        }

        if (actionResult["result"] is not JsonObject result)
        {
            return;
        }

        foreach (var name in result.Select(p => p.Key).ToList())
        {
            // Only the durations are read from numeric strings; other strings (an id such as "54321") stay strings.
            if (name.StartsWith("seconds_", StringComparison.Ordinal) && result[name] is JsonValue value && value.TryGetValue<string>(out var text)
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                result[name] = JsonNode.Parse(text);
            }
        }
    }
}
