using System.Text;
using System.Text.Json;

namespace CallFlow.Cli.Documents;

/// <summary>Every kind of document lint and format understand, and the one check both verbs run on a file.</summary>
internal static class DocumentKinds
{
    // Comments and trailing commas are allowed at first so an app file can be told apart; other kinds are then read strictly.
    private static readonly JsonDocumentOptions Lenient = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly JsonDocumentOptions Strict = new() { MaxDepth = 64 };

    /// <summary>The kinds, in the order they are tried: the first that recognizes a document reads it.</summary>
    public static IReadOnlyList<DocumentKind> All { get; } = Create();

    /// <summary>Reads <paramref name="file"/>, tells its kind by content and reads it as that kind.</summary>
    public static DocumentCheck Check(string file)
    {
        if (!FileInput.TryRead(file, out var json, out var unreadable))
        {
            return DocumentCheck.Unreadable(file, unreadable!);
        }

        DocumentKind kind;
        using (var lenient = TryParse(json, Lenient, out var syntax))
        {
            if (lenient is null)
            {
                return DocumentCheck.Unreadable(file, syntax!);
            }

            var kinds = All.Where(candidate => candidate.Recognizes(lenient.RootElement)).ToList();
            if (kinds.Count != 1)
            {
                return new DocumentCheck(file, true, null, [kinds.Count == 0 ? Unrecognized() : Ambiguous(kinds)], null);
            }

            kind = kinds[0];
        }

        using var document = TryParse(json, kind.AllowsComments ? Lenient : Strict, out var strictSyntax);
        if (document is null)
        {
            return DocumentCheck.Unreadable(file, strictSyntax!);
        }

        var reading = kind.Read(new DocumentSource(file, Encoding.UTF8.GetString(json.Span), document.RootElement));
        return new DocumentCheck(file, true, kind, reading.Problems, reading.Canonical);
    }

    private static JsonDocument? TryParse(ReadOnlyMemory<byte> json, JsonDocumentOptions options, out DocumentProblem? problem)
    {
        problem = null;
        try
        {
            return JsonDocument.Parse(json, options);
        }
        catch (JsonException exception)
        {
            problem = JsonProblems.FromSyntax(exception);
            return null;
        }
    }

    private static DocumentKind[] Create()
    {
        var response = new ResponseDocumentKind();
        var pageRequest = new PageRequestKind();
        return [new RecordingKind(response, pageRequest), response, pageRequest, new AppFileKind()];
    }

    // A document with the giveaways of two kinds would be read as the first and checked against the wrong rules.
    private static DocumentProblem Ambiguous(IEnumerable<DocumentKind> kinds) => new(
        DocumentProblem.Root,
        $"looks like more than one kind of document: {string.Join(" and ", kinds.Select(kind => kind.Description))}; a file holds one");

    private static DocumentProblem Unrecognized() => new(
        DocumentProblem.Root,
        $"cannot tell what this document is: expected {string.Join(", ", All.Select(kind => kind.Description))}");
}
