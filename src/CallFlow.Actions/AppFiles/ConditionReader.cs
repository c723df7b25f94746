using System.Globalization;
using System.Text.Json;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Validation;

namespace CallFlow.Actions.AppFiles;

/// <summary>
/// Reads a rule's <c>when</c>. Every condition takes a string or an array of strings (it holds when any of them
/// matches), so <c>"time": "09:00-17:00"</c> and <c>"time": ["09:00-12:30", "13:30-17:00"]</c> both work.
/// </summary>
internal sealed class ConditionReader(ReadContext context)
{
    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
    private const string DayList = "mon, tue, wed, thu, fri, sat or sun";
    private const int MaxPrefixLength = 20;

    internal RuleConditions? Read(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            context.Add(path, $"must be an object of conditions, not {ReadContext.Describe(element)}");
            return null;
        }

        var conditions = new RuleConditions();
        foreach (var condition in element.EnumerateObject())
        {
            var conditionPath = $"{path}.{condition.Name}";
            if (!RuleConditions.Keys.Contains(condition.Name))
            {
                context.Add(conditionPath, $"is not a condition{NearestName.Suggestion(condition.Name, RuleConditions.Keys)}; use one of {string.Join(", ", RuleConditions.Keys)}");
                continue;
            }

            var values = Strings(condition.Value, conditionPath);
            conditions = condition.Name switch
            {
                "days" => conditions with { Days = Parse(values, Day).Select(d => d!.Value).ToHashSet() },
                "time" => conditions with { Times = Parse(values, Time).Select(t => t!.Value).ToList() },
                "dates" => conditions with { Dates = Parse(values, Date).Select(d => d!.Value).ToHashSet() },
                "caller_prefix" => conditions with { CallerPrefixes = Parse(values, Prefix).ToList()! },
                "called_prefix" => conditions with { CalledPrefixes = Parse(values, Prefix).ToList()! },
                "digits" => conditions with { Digits = Parse(values, Digits).ToHashSet(StringComparer.Ordinal)! },
                _ => conditions with { Parameters = values.Select(v => v.Value).ToList() },
            };
        }

        return conditions;
    }

    private List<(string Path, string Value)> Strings(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return NotEmpty([(path, element.GetString()!)]);
            case JsonValueKind.Array when element.GetArrayLength() == 0:
                context.Add(path, "must not be empty: a condition with no values never holds");
                return [];
            case JsonValueKind.Array:
                var values = new List<(string, string)>();
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    var itemPath = $"{path}[{index++}]";
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        values.Add((itemPath, item.GetString()!));
                    }
                    else
                    {
                        context.Add(itemPath, $"must be a string, not {ReadContext.Describe(item)}");
                    }
                }

                return NotEmpty(values);
            default:
                context.Add(path, $"must be a string or an array of strings, not {ReadContext.Describe(element)}");
                return [];
        }
    }

    private List<(string Path, string Value)> NotEmpty(List<(string Path, string Value)> values)
    {
        foreach (var (path, _) in values.Where(v => v.Value.Length == 0))
        {
            context.Add(path, "must not be empty");
        }

        return values.Where(v => v.Value.Length > 0).ToList();
    }

    // Parses each value; a value that does not parse is reported and left out (the file is refused anyway).
    private IEnumerable<T?> Parse<T>(List<(string Path, string Value)> values, Func<string, (T? Value, string? Error)> parse)
    {
        foreach (var (path, text) in values)
        {
            var (value, error) = parse(text);
            if (error is null)
            {
                yield return value;
            }
            else
            {
                context.Add(path, error);
            }
        }
    }

    private static (DayOfWeek?, string?) Day(string text)
    {
        var index = Array.FindIndex(DayNames, d => d.Equals(text, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? (null, $"\"{text}\" is not a day; use {DayList}") : ((DayOfWeek)index, null);
    }

    private static (TimeRange?, string?) Time(string text)
    {
        if (!TimeRange.TryParse(text, out var range))
        {
            return (null, $"\"{text}\" is not HH:mm-HH:mm");
        }

        return range.Start == range.End ? (null, $"\"{text}\" starts where it ends, so it never holds") : (range, null);
    }

    private static (DateOnly?, string?) Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, null)
            : (null, $"\"{text}\" is not a date written YYYY-MM-DD");

    private static (string?, string?) Prefix(string text)
    {
        var digits = text.StartsWith('+') ? text[1..] : text;
        return digits.Length is > 0 and <= MaxPrefixLength && digits.All(char.IsAsciiDigit)
            ? (digits, null)
            : (null, $"\"{text}\" is not a digit prefix such as \"44161\" (digits only, up to {MaxPrefixLength})");
    }

    private static (string?, string?) Digits(string text) =>
        Keys.AreKeys(text) ? (text, null) : (null, $"\"{text}\" holds a character that is not a key; use only {Keys.Alphabet}");
}
