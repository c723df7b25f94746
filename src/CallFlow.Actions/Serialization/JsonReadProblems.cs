using System.Text.RegularExpressions;
using System.Text.Json;

namespace CallFlow.Actions.Serialization;

/// <summary>
/// Turns a failed read of the wire model into problems that read like the wire: full wire paths (the converters report
/// where inside an action an error is, System.Text.Json where the action starts), no .NET type names, no
/// "Path: ... | LineNumber" tails. The server's 400 answers and the CLI's lint lines both say it this way.
/// </summary>
public static partial class JsonReadProblems
{
    private const int MaxExcerpt = 40;

    /// <summary>The problems a failed read reports (several when an object misses several required properties).</summary>
    public static IReadOnlyList<WireProblem> Describe(JsonException exception)
    {
        var path = WirePath(exception.Path);
        var message = exception.Message;
        if (exception is LocatedJsonException located)
        {
            path = WireProblem.Join(path, located.Location);
            message = located.Detail;
        }

        message = AsPhrase(message);
        var missing = MissingRequired().Match(message);
        if (missing.Success)
        {
            return missing.Groups["names"].Value.Split(", ")
                .Select(name => new WireProblem(WireProblem.Join(path, name.Trim('\'')), "is required"))
                .ToList();
        }

        var unmapped = UnmappedMember().Match(message);
        if (unmapped.Success && unmapped.Groups["name"].Value.Length == 0)
        {
            return [new WireProblem(path.Length == 0 ? WireProblem.Root : path.TrimEnd('.'), "has a property with an empty name, which is unknown")];
        }

        if (unmapped.Success)
        {
            var name = unmapped.Groups["name"].Value;
            var propertyPath = path == name || path.EndsWith("." + name, StringComparison.Ordinal) ? path : WireProblem.Join(path, name);
            return [new WireProblem(propertyPath, "unknown property")];
        }

        var conversion = CannotConvert().Match(message);
        return conversion.Success
            ? [new WireProblem(path, $"must be {DescribeType(conversion.Groups["type"].Value)}")]
            : [new WireProblem(path, message)];
    }

    /// <summary>The problem a text that is not JSON at all reports, with its 1-based line and column.</summary>
    public static WireProblem DescribeSyntax(JsonException exception)
    {
        var position = exception.LineNumber is { } line
            ? $" (line {line + 1}, column {exception.BytePositionInLine.GetValueOrDefault() + 1})"
            : "";
        return new WireProblem(WireProblem.Root, $"not valid JSON{position}: {Plain(Excerpted(AsPhrase(exception.Message)))}");
    }

    // System.Text.Json speaks of its reader options for what are, to the writer of a document, a slip to remove.
    private static string Plain(string message) =>
        message.Contains("trailing comma", StringComparison.Ordinal) ? "a trailing comma after the last item, which JSON does not allow; remove it"
        : message.StartsWith("'/' is", StringComparison.Ordinal) ? "a '/' where a value or a ',' belongs: JSON has no comments (// or /* */); remove it"
        : message;

    private static string WirePath(string? path) =>
        path is null or "$" ? WireProblem.Root
        : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..]
        : path.StartsWith('$') ? path[1..]
        : path;

    // The converters write sentences ("Expected a number ... ."); validators write phrases that follow a path
    // ("is required"). Problems read as phrases, so a sentence loses its position tail, capital and full stop.
    private static string AsPhrase(string message)
    {
        var text = PositionTail().Replace(message, "").TrimEnd();
        text = text.EndsWith('.') && !text.EndsWith("..", StringComparison.Ordinal) ? text[..^1] : text;
        return text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    // System.Text.Json quotes the text it could not read; for a bad literal that is the rest of the document, so the
    // quote is cut to its first line and a few dozen characters.
    private static string Excerpted(string message)
    {
        var quoted = QuotedLiteral().Match(message);
        if (!quoted.Success)
        {
            return message;
        }

        var text = quoted.Groups["text"].Value;
        var firstLine = text.IndexOfAny(['\r', '\n']) is var end and >= 0 ? text[..end] : text;
        return firstLine.Length <= MaxExcerpt && firstLine.Length == text.Length
            ? message
            : $"'{firstLine[..Math.Min(firstLine.Length, MaxExcerpt)]}...'{quoted.Groups["rest"].Value}";
    }

    private static string DescribeType(string dotnetType)
    {
        var type = NullableOf().Match(dotnetType) is { Success: true } nullable ? nullable.Groups["inner"].Value : dotnetType;
        return type switch
        {
            "System.Int32" or "System.Int64" => "a whole number",
            "System.Double" or "System.Decimal" => "a number",
            "System.String" => "a string",
            "System.Boolean" => "true or false",
            "System.Char" => "a one-character string",
            "System.DateTimeOffset" => "a date and time such as \"2026-11-20T09:30:00Z\"",
            _ when type.StartsWith("System.Collections.Generic.List`1", StringComparison.Ordinal) => "an array",
            _ => "an object",
        };
    }

    [GeneratedRegex(@"\s*(Path: .*?)?\s*\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?$")]
    private static partial Regex PositionTail();

    [GeneratedRegex(@"was missing required properties including: (?<names>.+?)\.?$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"^'(?<text>.*)'(?<rest> is an invalid JSON literal\..*)$", RegexOptions.Singleline)]
    private static partial Regex QuotedLiteral();

    [GeneratedRegex(@"^[Tt]he JSON property '(?<name>.*)' could not be mapped to any \.NET member")]
    private static partial Regex UnmappedMember();

    [GeneratedRegex(@"^[Tt]he JSON value could not be converted to (?<type>\S+?)\.?$")]
    private static partial Regex CannotConvert();

    [GeneratedRegex(@"^System\.Nullable`1\[(?<inner>.+)\]$")]
    private static partial Regex NullableOf();
}
