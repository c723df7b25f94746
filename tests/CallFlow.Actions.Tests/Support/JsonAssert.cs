using System.Text.Json;
using System.Text.Json.Nodes;
using CallFlow.Actions.Recordings;

namespace CallFlow.Actions.Tests.Support;

/// <summary>Tree comparison of JSON through <see cref="JsonTreeComparer"/>, failing with every difference by path.</summary>
public static class JsonAssert
{
    /// <summary>Asserts both documents are the same JSON tree (property order and number spelling aside).</summary>
    public static void SameTree(JsonNode expected, JsonElement actual) =>
        SameTree(JsonSerializer.SerializeToElement(expected), actual);

    /// <summary>Asserts both documents are the same JSON tree (property order and number spelling aside).</summary>
    public static void SameTree(JsonElement expected, JsonElement actual)
    {
        var differences = JsonTreeComparer.Compare(expected, actual);
        Assert.True(differences.Count == 0, $"The JSON trees differ:\n{string.Join('\n', differences)}\nwritten: {actual.GetRawText()}");
    }

    /// <summary>Asserts <paramref name="actual"/> is the JSON given as text.</summary>
    public static void SameTree(string expected, JsonElement actual) =>
        SameTree(JsonDocument.Parse(expected).RootElement, actual);
}
