using System.Globalization;
using System.Text.Json;

namespace CallFlow.Cli.Documents;

/// <summary>
/// Finds where in a document a <see cref="JsonException"/> happened. The wire model's converters read each action (and
/// each play inside one) with a nested serializer call, which reports its path and position relative to the value it
/// was reading (<c>$.seconds</c>, byte 14 of <c>{"seconds": "x"}</c>). This finds the value in the whole document for
/// which that relative path and position point at the same token, so the problem reads <c>actions[1].sleep.seconds</c>.
/// </summary>
internal static class JsonPathFinder
{
    /// <summary>The wire path of the exception's place in <paramref name="json"/> (valid JSON), or null when it cannot be told.</summary>
    public static string? Locate(ReadOnlySpan<byte> json, JsonException exception)
    {
        if (exception.LineNumber is not { } line || exception.BytePositionInLine is not { } position)
        {
            return null;
        }

        var relative = JsonProblems.WirePath(exception.Path);
        var tokens = Walk(json);
        // In document order: the root first (an error of the outermost read), then every value a nested read may have
        // started at; the first match is the value that failed, since reading stops at the first error.
        foreach (var start in tokens.Where(token => token.IsContainer))
        {
            var candidate = DocumentProblem.Join(start.Path, relative);
            var offset = Offset(json, start.Start, line, position);
            var reached = tokens.LastOrDefault(token => token.Start < offset);
            if (reached is not null && Within(reached.Path, candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool Within(string path, string candidate) =>
        path == candidate
        || candidate == DocumentProblem.Root
        || (path.StartsWith(candidate, StringComparison.Ordinal) && path.Length > candidate.Length && path[candidate.Length] is '.' or '[');

    // Every token of the document with the wire path of the value it belongs to and the offset it starts at.
    private static List<Token> Walk(ReadOnlySpan<byte> json)
    {
        var tokens = new List<Token>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        var containers = new Stack<Container>();
        string? property = null;
        while (reader.Read())
        {
            var start = reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    tokens.Add(new Token(Child(containers, property), start, false));
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var path = Child(containers, property);
                    tokens.Add(new Token(path, start, true));
                    containers.Push(new Container(path, reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    tokens.Add(new Token(containers.Pop().Path, start, false));
                    Advance(containers);
                    break;
                default:
                    tokens.Add(new Token(Child(containers, property), start, false));
                    Advance(containers);
                    break;
            }
        }

        return tokens;
    }

    // The path of the value being read now: the next element of an array, or the named property of an object.
    private static string Child(Stack<Container> containers, string? property)
    {
        if (!containers.TryPeek(out var container))
        {
            return DocumentProblem.Root;
        }

        return container.IsArray
            ? DocumentProblem.Join(container.Path, $"[{container.Count.ToString(CultureInfo.InvariantCulture)}]")
            : DocumentProblem.Join(container.Path, property ?? "");
    }

    private static void Advance(Stack<Container> containers)
    {
        if (containers.TryPeek(out var container) && container.IsArray)
        {
            container.Count++;
        }
    }

    // A reader's line and position count from where it started reading: line 0 begins at that offset.
    private static long Offset(ReadOnlySpan<byte> json, long from, long lineNumber, long bytePositionInLine)
    {
        var lineStart = (int)from;
        for (var line = 0L; line < lineNumber; line++)
        {
            var newline = json[lineStart..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                return long.MaxValue;
            }

            lineStart += newline + 1;
        }

        return lineStart + bytePositionInLine;
    }

    private sealed record Token(string Path, long Start, bool IsContainer);

    private sealed class Container(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int Count { get; set; }
    }
}
