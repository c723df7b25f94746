using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CallFlow.Actions.Serialization;

/// <summary>
/// The serializer options of the wire model. <see cref="Options"/> (source-generated, lenient about unknown
/// properties as the platform requires) is what the server and tools use; <see cref="Strict"/> rejects unknown
/// properties and actions, for files people write; <see cref="CreateReflectionOptions"/> gives the same contract by reflection.
/// </summary>
public static class CallFlowJson
{
    /// <summary>Source-generated options: snake_case, nulls omitted, unknown properties ignored, unknown actions kept.</summary>
    public static JsonSerializerOptions Options { get; } = CallFlowJsonContext.Default.Options;

    /// <summary>Like <see cref="Options"/>, but an unknown property or action name is an error: for app files and documents people write.</summary>
    public static JsonSerializerOptions Strict { get; } = Derive(o => o.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow);

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
