using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CallFlow.Actions.Serialization;

/// <summary>
/// The serializer options of the wire model. <see cref="Options"/> (source-generated) is what the server and tools use:
/// it keeps unknown properties and actions, so what is read is written back whole; for files people write,
/// <see cref="UnknownNames"/> then reports them. <see cref="CreateReflectionOptions"/> gives the same contract by reflection.
/// </summary>
public static class CallFlowJson
{
    /// <summary>Source-generated options: snake_case, nulls omitted, unknown properties and actions kept.</summary>
    public static JsonSerializerOptions Options { get; } = CallFlowJsonContext.Default.Options;

    /// <summary>Like <see cref="Options"/>, written with two-space indentation: the canonical form of a document.</summary>
    public static JsonSerializerOptions Indented { get; } = Derive(o =>
    {
        o.WriteIndented = true;
        o.IndentSize = 2;
        // Canonical files are read by people: keep '+', quotes and non-ASCII text readable.
        o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    });

    /// <summary>The same contract built by reflection instead of the source generator (for extension and for tests).</summary>
    public static JsonSerializerOptions CreateReflectionOptions() => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private static JsonSerializerOptions Derive(Action<JsonSerializerOptions> change)
    {
        var options = new JsonSerializerOptions(CallFlowJsonContext.Default.Options);
        change(options);
        options.TypeInfoResolver = new CallFlowJsonContext(new JsonSerializerOptions(options));
        options.MakeReadOnly();
        return options;
    }
}
