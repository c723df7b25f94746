using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation.Results;

namespace CallFlow.Cli.Documents;

/// <summary>
/// Turns what System.Text.Json and the validators say into <see cref="DocumentProblem"/>s that read like the wire:
/// paths without <c>$.</c>, no .NET type names, no "Path: ... | LineNumber" tails.
/// </summary>
internal static partial class JsonProblems
{
    /// <summary>
    /// The problems a failed read reports (several when an object misses several required properties), at their wire
    /// path: the exception's path, followed by the place inside an action the wire model puts at the start of its message.
    /// </summary>
    public static IReadOnlyList<DocumentProblem> From(JsonException exception)
    {
        var path = WirePath(exception.Path);
        var message = exception.Message;
        var located = Located().Match(message);
        if (located.Success)
        {
            path = DocumentProblem.Join(path, located.Groups["location"].Value);
            message = located.Groups["detail"].Value;
        }

        message = WithoutPosition(message);
        var missing = MissingRequired().Match(message);
        if (missing.Success)
        {
            return missing.Groups["names"].Value.Split(", ")
                .Select(name => new DocumentProblem(DocumentProblem.Join(path, name.Trim('\'')), "is required"))
                .ToList();
        }

        var unmapped = UnmappedMember().Match(message);
        if (unmapped.Success)
        {
            var name = unmapped.Groups["name"].Value;
            var propertyPath = path == name || path.EndsWith("." + name, StringComparison.Ordinal) ? path : DocumentProblem.Join(path, name);
            return [new DocumentProblem(propertyPath, "unknown property")];
        }

        var conversion = CannotConvert().Match(message);
        if (conversion.Success)
        {
            return [new DocumentProblem(path, $"must be {Describe(conversion.Groups["type"].Value)}")];
        }

        return [new DocumentProblem(path, message)];
    }

    /// <summary>The problem a document that is not JSON at all reports, with its 1-based line and column.</summary>
    public static DocumentProblem FromSyntax(JsonException exception)
    {
        var position = exception.LineNumber is { } line
            ? $" (line {line + 1}, column {exception.BytePositionInLine.GetValueOrDefault() + 1})"
            : "";
        return new DocumentProblem(DocumentProblem.Root, $"not valid JSON{position}: {WithoutPosition(exception.Message)}");
    }

    /// <summary>The problems a validator reports, by wire path.</summary>
    public static IEnumerable<DocumentProblem> From(ValidationResult result) =>
        result.Errors.Select(failure => new DocumentProblem(
            string.IsNullOrEmpty(failure.PropertyName) ? DocumentProblem.Root : failure.PropertyName,
            failure.ErrorMessage));

    private static string WirePath(string? path) =>
        path is null or "$" ? DocumentProblem.Root
        : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..]
        : path.StartsWith('$') ? path[1..]
        : path;

    // The converters write sentences ("Expected a number ... ."); validators write phrases that follow a path
    // ("is required"). Problems read as phrases, so the sentence loses its capital and its full stop.
    private static string WithoutPosition(string message)
    {
        var text = PositionTail().Replace(message, "").TrimEnd();
        text = text.EndsWith('.') && !text.EndsWith("..", StringComparison.Ordinal) ? text[..^1] : text;
        return text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    private static string Describe(string dotnetType)
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

    // The wire model reports an error inside an action at the action, with the place inside it leading the message:
    // Path $.actions[1], message "connect.hold_media.play.play_list[0]: ..." (see NestedJson in CallFlow.Actions).
    [GeneratedRegex(@"^(?<location>(?:[a-z_][a-z0-9_]*|\[\d+\])(?:\.[a-z_][a-z0-9_]*|\[\d+\])*): (?<detail>.+)$", RegexOptions.Singleline)]
    private static partial Regex Located();

    [GeneratedRegex(@"was missing required properties including: (?<names>.+?)\.?$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"^[Tt]he JSON property '(?<name>.+)' could not be mapped to any \.NET member")]
    private static partial Regex UnmappedMember();

    [GeneratedRegex(@"^[Tt]he JSON value could not be converted to (?<type>\S+?)\.?$")]
    private static partial Regex CannotConvert();

    [GeneratedRegex(@"^System\.Nullable`1\[(?<inner>.+)\]$")]
    private static partial Regex NullableOf();
}
