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
}
