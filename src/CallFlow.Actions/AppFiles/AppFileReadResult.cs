namespace CallFlow.Actions.AppFiles;

/// <summary>What <see cref="AppFileReader"/> made of a file: the app when the file is valid, and every problem found.</summary>
public sealed class AppFileReadResult
{
    /// <summary>A result; <paramref name="file"/> is dropped when there are problems, so a caller adding its own (a name clash) refuses the file.</summary>
    public AppFileReadResult(AppFile? file, IReadOnlyList<AppFileProblem> problems)
    {
        File = problems.Count == 0 ? file : null;
        Problems = problems;
    }

    /// <summary>The app, or null when the file has problems (a file is used whole or not at all).</summary>
    public AppFile? File { get; }

    /// <summary>Every problem found, in file order; empty when the file is valid.</summary>
    public IReadOnlyList<AppFileProblem> Problems { get; }

    /// <summary>Whether the file can be served.</summary>
    public bool IsValid => Problems.Count == 0;
}
