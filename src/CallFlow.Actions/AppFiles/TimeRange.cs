using System.Globalization;

namespace CallFlow.Actions.AppFiles;

/// <summary>
/// A time of day range written <c>HH:mm-HH:mm</c>: the start is included, the end excluded, and a range whose end
/// is earlier than its start crosses midnight (<c>22:00-06:00</c>).
/// </summary>
public readonly record struct TimeRange(TimeOnly Start, TimeOnly End)
{
    /// <summary>Whether <paramref name="time"/> falls in the range.</summary>
    public bool Contains(TimeOnly time) =>
        Start < End ? time >= Start && time < End : time >= Start || time < End;

    /// <summary>Reads <c>HH:mm-HH:mm</c> (two digits each, 24-hour clock).</summary>
    public static bool TryParse(string text, out TimeRange range)
    {
        range = default;
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0
            || !TimeOnly.TryParseExact(text.AsSpan(0, dash), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !TimeOnly.TryParseExact(text.AsSpan(dash + 1), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            return false;
        }

        range = new TimeRange(start, end);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Start:HH\\:mm}-{End:HH\\:mm}";
}
