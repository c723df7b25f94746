using System.Text.Json;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Validation;

namespace CallFlow.Cli.Documents;

/// <summary>
/// A page request, wrapped <c>{"instance_info": {...}}</c> or bare. Read leniently like the server reads it (the platform
/// adds fields over time), validated with the server's rules, and written canonically as the platform posts it: the bare
/// instance info object.
/// </summary>
internal sealed class PageRequestKind : DocumentKind
{
    private const string InstanceInfoKey = "instance_info";

    /// <inheritdoc />
    public override string Description => "a page request (with \"instance_info\", or a bare one with \"this_call\")";

    /// <inheritdoc />
    public override bool Recognizes(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && (root.TryGetProperty(InstanceInfoKey, out _) || root.TryGetProperty("this_call", out _) || root.TryGetProperty("application_instance_id", out _));

    /// <inheritdoc />
    public override DocumentReading Read(DocumentSource source) => Read(source.Root);

    /// <summary>Reads a page request held anywhere, such as the request of a recorded exchange.</summary>
    public DocumentReading Read(JsonElement root)
    {
        PageRequest request;
        try
        {
            request = PageRequestReader.Read(root.GetRawText(), CallFlowJson.Options);
        }
        catch (JsonException exception)
        {
            return DocumentReading.Invalid(JsonProblems.From(exception));
        }

        var wrapped = root.ValueKind == JsonValueKind.Object && root.TryGetProperty(InstanceInfoKey, out _);
        var problems = JsonProblems.From(PageRequestValidator.Instance.Validate(request))
            .Select(problem => wrapped ? problem : Unwrapped(problem))
            .ToList();
        return problems.Count > 0
            ? DocumentReading.Invalid(problems)
            : DocumentReading.Valid(JsonSerializer.Serialize(request.InstanceInfo, CallFlowJson.Indented.GetTypeInfo(typeof(InstanceInfo))));
    }

    // The validator speaks of the wrapped form; a bare request has instance_info's properties at its root.
    private static DocumentProblem Unwrapped(DocumentProblem problem) =>
        problem.Path == InstanceInfoKey ? problem with { Path = DocumentProblem.Root }
        : problem.Path.StartsWith(InstanceInfoKey + ".", StringComparison.Ordinal) ? problem with { Path = problem.Path[(InstanceInfoKey.Length + 1)..] }
        : problem;
}
