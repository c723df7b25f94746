using System.Text.Json;
using System.Text.Json.Serialization;
using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.Serialization;

/// <summary>Reads and writes an array of play actions, each a one-key object <c>{"play": {...}}</c>.</summary>
public sealed class WrappedPlayListConverter : JsonConverter<List<Play>>
{
    /// <inheritdoc />
    public override List<Play> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of play actions, not {TelephonyActionConverter.Describe(reader.TokenType)}.");
        }

        var plays = new List<Play>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            try
            {
                plays.Add(WrappedPlayConverter.ReadPlay(ref reader, options));
            }
            catch (JsonException error) when (error.Path is null)
            {
                // This converter walks the array itself, so the item's index is added here.
                throw NestedJson.Relocate(error, $"[{plays.Count}]");
            }
        }

        return plays;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, List<Play> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var play in value)
        {
            TelephonyActionConverter.WriteAction(writer, play, options);
        }

        writer.WriteEndArray();
    }
}
