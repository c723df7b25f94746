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

    // The edit distance counting a swap of two neighbouring letters as one edit (nmae is one slip from name).
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
