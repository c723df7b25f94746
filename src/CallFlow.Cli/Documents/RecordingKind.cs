using System.Text.Json;
using CallFlow.Actions.Recordings;
using CallFlow.Actions.Serialization;

namespace CallFlow.Cli.Documents;

/// <summary>
/// A recorded call, <c>{"app": ..., "exchanges": [...]}</c>, as the call history and <c>simulate --json</c> write it
/// (its own unknown properties, like those of its expected responses, are kept and reported).
/// Each request that expects success is checked as a page request and each expected 200 answer as a response
/// (an empty object is a final page's answer). The canonical form writes expected responses canonically too, so
/// a hand-written recording compares cleanly with what the server sends; requests stay exactly as they were sent.
/// </summary>
internal sealed class RecordingKind(ResponseDocumentKind responses, PageRequestKind pageRequests) : DocumentKind
{
    /// <inheritdoc />
    public override string Description => "a recording (with \"exchanges\")";

    /// <inheritdoc />
    public override bool Recognizes(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("exchanges", out _);

    /// <inheritdoc />
    public override DocumentReading Read(DocumentSource source)
    {
        Recording? recording;
        try
        {
            recording = source.Root.Deserialize<Recording>(CallFlowJson.Options);
        }
        catch (JsonException exception)
        {
            return DocumentReading.Invalid(JsonProblems.From(exception));
        }

        if (recording is null)
        {
            return DocumentReading.Invalid([new DocumentProblem(DocumentProblem.Root, "must be an object, not null")]);
        }

        var problems = JsonProblems.From(RecordingValidator.Instance.Validate(recording)).ToList();
        if (problems.Count > 0)
        {
            return DocumentReading.Invalid(problems);
        }

        problems.AddRange(JsonProblems.UnknownNamesOf(recording));
        for (var i = 0; i < recording.Exchanges.Count; i++)
        {
            problems.AddRange(ReadExchange(recording.Exchanges[i], $"exchanges[{i}]"));
        }

        return DocumentReading.Of(problems, () => JsonSerializer.Serialize(recording, CallFlowJson.Indented));
    }

    // Checks the request and expected response of one exchange; a valid expected response is replaced by its canonical form.
    private IEnumerable<DocumentProblem> ReadExchange(RecordedExchange exchange, string path)
    {
        var problems = new List<DocumentProblem>();
        var succeeds = exchange.ExpectedStatus is >= 200 and < 300;
        if (succeeds && exchange.Request is { } request)
        {
            problems.AddRange(pageRequests.Read(request).Problems.Select(problem => problem.Under($"{path}.request")));
        }

        if (exchange.ExpectedStatus == 200 && exchange.ExpectedResponse is { } expected && !IsEmptyObject(expected))
        {
            var reading = responses.Read(expected);
            problems.AddRange(reading.Problems.Select(problem => problem.Under($"{path}.expected_response")));
            if (reading.Canonical is { } canonical)
            {
                using var document = JsonDocument.Parse(canonical);
                exchange.ExpectedResponse = document.RootElement.Clone();
            }
        }

        return problems;
    }

    private static bool IsEmptyObject(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && !element.EnumerateObject().Any();
}
