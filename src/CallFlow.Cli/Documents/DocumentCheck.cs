namespace CallFlow.Cli.Documents;

/// <summary>
/// The outcome of checking one file: whether it could be read and parsed, the kind it was read as (null when it could
/// not be told), its problems, and its canonical form when it has none.
/// </summary>
internal sealed record DocumentCheck(string File, bool Readable, DocumentKind? Kind, IReadOnlyList<DocumentProblem> Problems, string? Canonical)
{
    /// <summary>The check of a file that could not be read or is not JSON.</summary>
    public static DocumentCheck Unreadable(string file, DocumentProblem problem) => new(file, false, null, [problem], null);

    /// <summary>The lines lint prints for this file, one per problem.</summary>
    public IEnumerable<string> ProblemLines => Lines(unknownNamesAreWarnings: false);

    /// <summary>The exit code this file alone would give: unusable when unreadable, problems when it has any.</summary>
    public int ExitCode => ExitCodeWith(unknownNamesAreWarnings: false);

    /// <summary>The lines for this file, unknown names marked as warnings when <paramref name="unknownNamesAreWarnings"/>.</summary>
    public IEnumerable<string> Lines(bool unknownNamesAreWarnings) => Problems.Select(problem =>
        unknownNamesAreWarnings && problem.IsUnknownName ? problem.ToWarningLine(File) : problem.ToLine(File));

    /// <summary>The exit code, where unknown names count as problems unless <paramref name="unknownNamesAreWarnings"/>.</summary>
    public int ExitCodeWith(bool unknownNamesAreWarnings) =>
        !Readable ? ExitCodes.Unusable
        : Problems.Any(problem => !(unknownNamesAreWarnings && problem.IsUnknownName)) ? ExitCodes.Problems
        : ExitCodes.Success;
}
