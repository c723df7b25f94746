namespace CallFlow.Actions.Serialization;

/// <summary>The known name a misspelt one most likely meant, by edit distance: <c>destinatons</c> is <c>destinations</c>.</summary>
public static class NearestName
{
    /// <summary>
    /// The known name closest to <paramref name="name"/> (ignoring case), or null when none is close enough to be a
    /// slip: at most a third of the name's letters (and at least one) differ.
    /// </summary>
    public static string? Of(string name, IEnumerable<string> known)
    {
        var limit = Math.Max(1, name.Length / 3);
        string? nearest = null;
        var best = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < best && distance <= limit)
            {
                (nearest, best) = (candidate, distance);
            }
        }

        return nearest;
    }

    /// <summary>" (did you mean x?)" when a known name is near <paramref name="name"/>, else "".</summary>
    public static string Suggestion(string name, IEnumerable<string> known) =>
        Of(name, known) is { } nearest ? $" (did you mean {nearest}?)" : "";

    // Levenshtein distance with one row of memory.
    private static int Distance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
