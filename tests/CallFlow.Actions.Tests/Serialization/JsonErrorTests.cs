using System.Text.Json;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Tests.Support;

namespace CallFlow.Actions.Tests.Serialization;

public class JsonErrorTests
{
    public static TheoryData<string, WireSerializer> Malformed => Wire.Cross(MalformedResponses.Cases.Keys);

    [Theory]
    [MemberData(nameof(Malformed))]
    public void MalformedResponseFailsWithThePathAndMessageOfItsProblem(string name, WireSerializer serializer)
    {
        var (json, path, message) = MalformedResponses.Cases[name];

        var error = Assert.ThrowsAny<JsonException>(() => serializer.Read<ActionsResponse>(json));

        Assert.Equal((path, message), (error.Path, error.Message));
    }

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void MissingApiVersionIsAReadError(WireSerializer serializer)
    {
        var error = Assert.ThrowsAny<JsonException>(() => serializer.Read<ActionsResponse>("""{"actions": []}"""));

        Assert.Equal("$", error.Path);
        Assert.Contains("'api_version'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void UnknownPropertyInStrictModeNamesTheActionAndTheProperty(WireSerializer serializer)
    {
        var json = """{"actions": [{"hang_up": {}}, {"connect": {"destinations": ["441908273800"], "colour": "blue"}}], "api_version": "2.0"}""";

        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<ActionsResponse>(json, serializer.StrictOptions()));

        Assert.Equal("$.actions[1]", error.Path);
        Assert.StartsWith("connect.colour: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("'colour'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void UnknownWebPageRequestPropertyInStrictModeNamesTheAllowedOnes(WireSerializer serializer)
    {
        var json = """{"actions": [{"redirect": {"next_page": {"url": "n", "verb": "GET"}}}], "api_version": "2.0"}""";

        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<ActionsResponse>(json, serializer.StrictOptions()));

        Assert.Equal(("$.actions[0]", "redirect.next_page: Unknown web page request property \"verb\". Allowed: url, method."), (error.Path, error.Message));
    }
}
