using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace CallFlow.Cli.Documents;

/// <summary>
/// Reads a file the CLI was given (a document, a recording, a scenario) as UTF-8 JSON text, with a message that says
/// plainly why it cannot be: no path, a directory, no such file, not allowed, or not UTF-8 (and where).
/// </summary>
internal static class FileInput
{
    /// <summary>Reads <paramref name="file"/>: its UTF-8 bytes without a byte order mark, or the problem that stops it being read.</summary>
    public static bool TryRead(string file, out ReadOnlyMemory<byte> utf8, out DocumentProblem? problem)
    {
        utf8 = default;
        problem = Unreadable(file);
        if (problem is not null)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            problem = Problem(exception switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file",
                UnauthorizedAccessException => "permission denied",
                _ => exception.Message,
            });
            return false;
        }

        var text = bytes.AsMemory();
        if (text.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            text = text[Encoding.UTF8.Preamble.Length..];
        }

        // System.Text.Json checks UTF-8 inside strings only when it reads them, and then throws what is no JsonException.
        if (!Utf8.IsValid(text.Span))
        {
            problem = new DocumentProblem(DocumentProblem.Root, $"not valid UTF-8 ({Position(text.Span)}): save the file as UTF-8");
            return false;
        }

        utf8 = text;
        problem = null;
        return true;
    }

    private static DocumentProblem? Unreadable(string file) =>
        file.Length == 0 ? Problem("the file name is empty")
        : Directory.Exists(file) ? Problem("it is a directory")
        : null;

    private static DocumentProblem Problem(string why) => new(DocumentProblem.Root, $"cannot read the file: {why}");

    // The 1-based line and column of the first byte that is not UTF-8.
    private static string Position(ReadOnlySpan<byte> bytes)
    {
        var status = Utf8.ToUtf16(bytes, new char[bytes.Length], out var valid, out _, replaceInvalidSequences: false);
        var offset = status == OperationStatus.Done ? bytes.Length : valid;
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return $"line {line}, column {column}";
    }
}
