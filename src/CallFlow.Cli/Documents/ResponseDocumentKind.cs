using System.Text.Json;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Validation;

namespace CallFlow.Cli.Documents;

/// <summary>
/// A page's answer, <c>{"actions": [...], "api_version": "2.0"}</c>, read strictly (an unknown property or action is a
/// problem, since people write these files) and validated as the server validates what it sends.
/// </summary>
internal sealed class ResponseDocumentKind : DocumentKind
{
    /// <inheritdoc />
    public override string Description => "a response document (with \"actions\" or \"api_version\")";

    /// <inheritdoc />
    public override bool Recognizes(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && (root.TryGetProperty("actions", out _) || root.TryGetProperty("api_version", out _));

    /// <inheritdoc />
    public override DocumentReading Read(DocumentSource source) => Read(source.Root);

    /// <summary>Reads a response held anywhere, such as the expected response of a recorded exchange.</summary>
    public DocumentReading Read(JsonElement root)
    {
        ActionsResponse? response;
        try
        {
            response = root.Deserialize<ActionsResponse>(CallFlowJson.Strict);
        }
        catch (JsonException exception)
        {
            return DocumentReading.Invalid(JsonProblems.From(exception));
        }

        if (response is null)
        {
            return DocumentReading.Invalid([new DocumentProblem(DocumentProblem.Root, "must be an object, not null")]);
        }

        var problems = JsonProblems.From(ActionsResponseValidator.Instance.Validate(response)).ToList();
        return problems.Count > 0
            ? DocumentReading.Invalid(problems)
            : DocumentReading.Valid(JsonSerializer.Serialize(response, CallFlowJson.Indented));
    }
}
