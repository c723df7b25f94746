using System.Buffers;
using System.Text.Json;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Validation;
using CallFlow.Actions.Verbs;

namespace CallFlow.Cli.Documents;

/// <summary>
/// A page's answer, <c>{"actions": [...], "api_version": "2.0"}</c>, validated as the server validates what it sends.
/// Read as the server reads it (unknown properties and actions kept), with those unknown names reported, since people
/// write these files and a misspelt name does nothing. Every problem is reported at once: when the whole document
/// cannot be read, each action is read on its own, so one bad action does not hide the next.
/// </summary>
internal sealed class ResponseDocumentKind : DocumentKind
{
    private const string ActionsKey = "actions";

    /// <inheritdoc />
    public override string Description => "a response document (with \"actions\" or \"api_version\")";

    /// <inheritdoc />
    public override bool Recognizes(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && (root.TryGetProperty(ActionsKey, out _) || root.TryGetProperty("api_version", out _));

    /// <inheritdoc />
    public override DocumentReading Read(DocumentSource source) => Read(source.Root);

    /// <summary>Reads a response held anywhere, such as the expected response of a recorded exchange.</summary>
    public DocumentReading Read(JsonElement root)
    {
        ActionsResponse? response;
        try
        {
            response = root.Deserialize<ActionsResponse>(CallFlowJson.Options);
        }
        catch (JsonException exception)
        {
            // Read piece by piece, a document can look clean (a second "actions" key is not among its pieces): then the whole read's error stands.
            return DocumentReading.Invalid(ReadEachAction(root) is { Count: > 0 } eachProblem ? eachProblem : JsonProblems.From(exception));
        }

        if (response is null)
        {
            return DocumentReading.Invalid([new DocumentProblem(DocumentProblem.Root, "must be an object, not null")]);
        }

        var problems = JsonProblems.UnknownNamesOf(response).Concat(JsonProblems.From(ActionsResponseValidator.Instance.Validate(response)));
        return DocumentReading.Of(problems, () => JsonSerializer.Serialize(response, CallFlowJson.Indented));
    }

    // The problems of a response that failed to read, found by reading the document without its actions and then each
    // action alone (each checked by its own validator at its own index); null when the actions are not an array.
    private static List<DocumentProblem>? ReadEachAction(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(ActionsKey, out var actions) || actions.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        byte[] withoutActions;
        try
        {
            withoutActions = WithoutActions(root);
        }
        catch (InvalidOperationException)
        {
            // Text that parses but cannot be written again (an escaped lone surrogate): the whole read has said where.
            return null;
        }

        var problems = new List<DocumentProblem>();
        try
        {
            var shell = JsonSerializer.Deserialize<ActionsResponse>(withoutActions, CallFlowJson.Options)!;
            problems.AddRange(JsonProblems.UnknownNamesOf(shell));
            problems.AddRange(JsonProblems.From(ActionsResponseValidator.Instance.Validate(shell)));
        }
        catch (JsonException exception)
        {
            problems.AddRange(JsonProblems.From(exception));
        }

        var index = 0;
        foreach (var element in actions.EnumerateArray())
        {
            var path = $"{ActionsKey}[{index++}]";
            try
            {
                var action = element.Deserialize<TelephonyAction>(CallFlowJson.Options)!;
                problems.AddRange(JsonProblems.UnknownNamesOf(action).Select(problem => problem.Under(path)));
                problems.AddRange(JsonProblems.From(TelephonyActionValidator.Instance.Validate(action)).Select(problem => problem.Under(path)));
            }
            catch (JsonException exception)
            {
                problems.AddRange(JsonProblems.From(exception).Select(problem => problem.Under(path)));
            }
        }

        return problems;
    }

    // The document with an empty action list (written by hand: a duplicate key must not stop it being read).
    private static byte[] WithoutActions(JsonElement root)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in root.EnumerateObject().Where(property => property.Name != ActionsKey))
            {
                property.WriteTo(writer);
            }

            writer.WritePropertyName(ActionsKey);
            writer.WriteStartArray();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
