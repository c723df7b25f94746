namespace CallFlow.Cli.Documents;

/// <summary>
/// What reading a document found: its problems, and its canonical form when it has none but unknown names (which the
/// canonical form keeps as written).
/// </summary>
internal sealed record DocumentReading(IReadOnlyList<DocumentProblem> Problems, string? Canonical)
{
    /// <summary>A document without problems, and its canonical form.</summary>
    public static DocumentReading Valid(string canonical) => new([], canonical);

    /// <summary>A document with problems; it has no canonical form until they are fixed.</summary>
    public static DocumentReading Invalid(IEnumerable<DocumentProblem> problems) => new(problems.ToList(), null);

    /// <summary>A document read whole: canonical unless <paramref name="problems"/> holds more than unknown names.</summary>
    public static DocumentReading Of(IEnumerable<DocumentProblem> problems, Func<string> canonical)
    {
        var list = problems.ToList();
        return new DocumentReading(list, list.All(problem => problem.IsUnknownName) ? canonical() : null);
    }
}
