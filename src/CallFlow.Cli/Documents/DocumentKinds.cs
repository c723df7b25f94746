using System.Text;
using System.Text.Json;

namespace CallFlow.Cli.Documents;

/// <summary>Every kind of document lint and format understand, and the one check both verbs run on a file.</summary>
internal static class DocumentKinds
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64 };

    /// <summary>The kinds, in the order they are tried: the first that recognizes a document reads it.</summary>
    public static IReadOnlyList<DocumentKind> All { get; } = Create();

    /// <summary>Reads <paramref name="file"/>, tells its kind by content and reads it as that kind.</summary>
    public static DocumentCheck Check(string file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return DocumentCheck.Unreadable(file, new DocumentProblem(DocumentProblem.Root, $"cannot read the file: {exception.Message}"));
        }

        var json = WithoutByteOrderMark(bytes);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, ParseOptions);
        }
        catch (JsonException exception)
        {
            return DocumentCheck.Unreadable(file, JsonProblems.FromSyntax(exception));
        }

        using (document)
        {
            var root = document.RootElement;
            var kind = All.FirstOrDefault(candidate => candidate.Recognizes(root));
            if (kind is null)
            {
                return new DocumentCheck(file, true, null, [Unrecognized()], null);
            }

            var reading = kind.Read(new DocumentSource(file, Encoding.UTF8.GetString(json.Span), root));
            return new DocumentCheck(file, true, kind, reading.Problems, reading.Canonical);
        }
    }

    private static DocumentKind[] Create()
    {
        var response = new ResponseDocumentKind();
        var pageRequest = new PageRequestKind();
        return [new RecordingKind(response, pageRequest), response, pageRequest];
    }

    private static DocumentProblem Unrecognized() => new(
        DocumentProblem.Root,
        $"cannot tell what this document is: expected {string.Join(", ", All.Select(kind => kind.Description))}");

    private static ReadOnlyMemory<byte> WithoutByteOrderMark(byte[] bytes) =>
        bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes.AsMemory(Encoding.UTF8.Preamble.Length) : bytes;
}
