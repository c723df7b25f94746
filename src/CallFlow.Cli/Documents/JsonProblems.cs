using System.Text.Json;
using CallFlow.Actions.Serialization;
using FluentValidation.Results;

namespace CallFlow.Cli.Documents;

/// <summary>What System.Text.Json and the validators say, as <see cref="DocumentProblem"/>s at wire paths (see <see cref="JsonReadProblems"/>).</summary>
internal static class JsonProblems
{
    /// <summary>The problems a failed read reports, at their wire paths.</summary>
    public static IReadOnlyList<DocumentProblem> From(JsonException exception) =>
        JsonReadProblems.Describe(exception).Select(problem => new DocumentProblem(problem.Path, problem.Message)).ToList();

    /// <summary>The problem a document that is not JSON at all reports, with its 1-based line and column.</summary>
    public static DocumentProblem FromSyntax(JsonException exception)
    {
        var problem = JsonReadProblems.DescribeSyntax(exception);
        return new DocumentProblem(problem.Path, problem.Message);
    }

    /// <summary>The properties and actions of <paramref name="document"/> the model does not know, marked as such.</summary>
    public static IEnumerable<DocumentProblem> UnknownNamesOf(object document) =>
        UnknownNames.Find(document).Select(problem => new DocumentProblem(problem.Path, problem.Message, IsUnknownName: true));

    /// <summary>The problems a validator reports, by wire path.</summary>
    public static IEnumerable<DocumentProblem> From(ValidationResult result) =>
        result.Errors.Select(failure => new DocumentProblem(
            string.IsNullOrEmpty(failure.PropertyName) ? DocumentProblem.Root : failure.PropertyName,
            failure.ErrorMessage));
}
