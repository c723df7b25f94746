using System.Text.Json;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Tests.Support;

/// <summary>Reads and writes wire JSON through a chosen <see cref="WireSerializer"/>, and supplies the theory data that runs a test through both.</summary>
public static class Wire
{
    private static readonly JsonSerializerOptions Reflection = Locked(CallFlowJson.CreateReflectionOptions());

    /// <summary>Both serializers, for <c>[MemberData]</c>.</summary>
    public static TheoryData<WireSerializer> Serializers => new(Enum.GetValues<WireSerializer>());

    /// <summary>Every case crossed with both serializers: each case runs once per serializer.</summary>
    public static TheoryData<string, WireSerializer> Cross(IEnumerable<string> cases)
    {
        var data = new TheoryData<string, WireSerializer>();
        foreach (var name in cases)
        {
            foreach (var serializer in Enum.GetValues<WireSerializer>())
            {
                data.Add(name, serializer);
            }
        }

        return data;
    }

    /// <summary>The lenient options of <paramref name="serializer"/> (unknown properties and actions kept).</summary>
    public static JsonSerializerOptions Options(this WireSerializer serializer) =>
        serializer == WireSerializer.SourceGenerated ? CallFlowJson.Options : Reflection;

    /// <summary>Reads <paramref name="json"/> as a <typeparamref name="T"/>.</summary>
    public static T Read<T>(this WireSerializer serializer, string json) => JsonSerializer.Deserialize<T>(json, serializer.Options())!;

    /// <summary>Writes <paramref name="value"/> and parses the result, ready for a tree comparison.</summary>
    public static JsonElement Write<T>(this WireSerializer serializer, T value) =>
        JsonSerializer.SerializeToElement(value, serializer.Options());

    private static JsonSerializerOptions Locked(JsonSerializerOptions options)
    {
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
