using System.Text;
using System.Text.Json;
using CallFlow.Actions.AppFiles;

namespace CallFlow.Cli.Documents;

/// <summary>
/// A declarative app file (docs/declarative-apps.md), checked by the reader the server uses, so lint reports exactly
/// the lines the server would refuse the file with. App files may hold comments and trailing commas, and keep the
/// layout their authors gave them: format does not rewrite them.
/// </summary>
internal sealed class AppFileKind : DocumentKind
{
    /// <inheritdoc />
    public override string Description => "an app file (with \"pages\" and \"fallback\")";

    /// <inheritdoc />
    public override bool AllowsComments => true;

    /// <inheritdoc />
    public override string? CannotFormat =>
        "format does not rewrite app files: they keep their authors' layout and comments (lint checks them)";

    /// <inheritdoc />
    public override bool Recognizes(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && (root.TryGetProperty("pages", out _) || root.TryGetProperty("fallback", out _));

    /// <inheritdoc />
    public override DocumentReading Read(DocumentSource source)
    {
        var result = AppFileReader.Read(source.File, Encoding.UTF8.GetBytes(source.Text));
        return new DocumentReading(
            [.. result.Problems.Select(problem => AsDocumentProblem(problem, isUnknownName: false)),
             .. result.UnknownNames.Select(problem => AsDocumentProblem(problem, isUnknownName: true))],
            null);
    }

    private static DocumentProblem AsDocumentProblem(AppFileProblem problem, bool isUnknownName) =>
        new(problem.Path.Length == 0 ? DocumentProblem.Root : problem.Path, problem.Message, isUnknownName);
}
