using System.Text.Json;

namespace CallFlow.Actions.Recordings;

/// <summary>
/// Compares two JSON documents as trees: property order and number spelling (<c>1.0</c> vs <c>1</c>) do not matter,
/// everything else does. Used by replay and the tests to report differences by path.
/// </summary>
public static class JsonTreeComparer
{
    /// <summary>Every difference between <paramref name="expected"/> and <paramref name="actual"/>; empty when they are the same tree.</summary>
    public static IReadOnlyList<JsonDifference> Compare(JsonElement expected, JsonElement actual)
    {
        var differences = new List<JsonDifference>();
        Walk("$", expected, actual, subset: false, differences);
        return differences;
    }

    /// <summary>Like <see cref="Compare"/>, but properties the expected objects do not mention are not compared.</summary>
    public static IReadOnlyList<JsonDifference> CompareSubset(JsonElement expected, JsonElement actual)
    {
        var differences = new List<JsonDifference>();
        Walk("$", expected, actual, subset: true, differences);
        return differences;
    }

    private static void Walk(string path, JsonElement expected, JsonElement actual, bool subset, List<JsonDifference> differences)
    {
        if (expected.ValueKind != actual.ValueKind && !(IsBoolean(expected) && IsBoolean(actual)))
        {
            differences.Add(new JsonDifference(path, expected.GetRawText(), actual.GetRawText()));
            return;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                CompareObjects(path, expected, actual, subset, differences);
                break;
            case JsonValueKind.Array:
                CompareArrays(path, expected, actual, subset, differences);
                break;
            case JsonValueKind.Number when !SameNumber(expected, actual):
            case JsonValueKind.String when expected.GetString() != actual.GetString():
            case JsonValueKind.True or JsonValueKind.False when expected.ValueKind != actual.ValueKind:
                differences.Add(new JsonDifference(path, expected.GetRawText(), actual.GetRawText()));
                break;
        }
    }

    private static void CompareObjects(string path, JsonElement expected, JsonElement actual, bool subset, List<JsonDifference> differences)
    {
        foreach (var property in expected.EnumerateObject())
        {
            var childPath = $"{path}.{property.Name}";
            if (actual.TryGetProperty(property.Name, out var actualValue))
            {
                Walk(childPath, property.Value, actualValue, subset, differences);
            }
            else
            {
                differences.Add(new JsonDifference(childPath, property.Value.GetRawText(), null));
            }
        }

        if (subset)
        {
            return;
        }

        foreach (var property in actual.EnumerateObject())
        {
            if (!expected.TryGetProperty(property.Name, out _))
            {
                differences.Add(new JsonDifference($"{path}.{property.Name}", null, property.Value.GetRawText()));
            }
        }
    }

    private static void CompareArrays(string path, JsonElement expected, JsonElement actual, bool subset, List<JsonDifference> differences)
    {
        var expectedLength = expected.GetArrayLength();
        var actualLength = actual.GetArrayLength();
        for (var i = 0; i < Math.Max(expectedLength, actualLength); i++)
        {
            var childPath = $"{path}[{i}]";
            if (i >= expectedLength)
            {
                differences.Add(new JsonDifference(childPath, null, actual[i].GetRawText()));
            }
            else if (i >= actualLength)
            {
                differences.Add(new JsonDifference(childPath, expected[i].GetRawText(), null));
            }
            else
            {
                Walk(childPath, expected[i], actual[i], subset, differences);
            }
        }
    }

    private static bool IsBoolean(JsonElement element) => element.ValueKind is JsonValueKind.True or JsonValueKind.False;

    private static bool SameNumber(JsonElement expected, JsonElement actual) =>
        expected.TryGetDecimal(out var left) && actual.TryGetDecimal(out var right)
            ? left == right
            : expected.GetDouble().Equals(actual.GetDouble());
}
