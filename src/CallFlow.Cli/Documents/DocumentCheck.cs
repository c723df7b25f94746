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
    public IEnumerable<string> ProblemLines => Problems.Select(problem => problem.ToLine(File));

    /// <summary>The exit code this file alone would give: unusable when unreadable, problems when it has any.</summary>
    public int ExitCode => !Readable ? ExitCodes.Unusable : Problems.Count > 0 ? ExitCodes.Problems : ExitCodes.Success;
}
