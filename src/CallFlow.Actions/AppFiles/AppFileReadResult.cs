namespace CallFlow.Actions.AppFiles;

/// <summary>What <see cref="AppFileReader"/> made of a file: the app when the file is valid, and every problem found.</summary>
public sealed class AppFileReadResult
{
    /// <summary>A result; <paramref name="file"/> is dropped when there are problems, so a caller adding its own (a name clash) refuses the file.</summary>
    public AppFileReadResult(AppFile? file, IReadOnlyList<AppFileProblem> problems)
        : this(file, problems, [])
    {
    }

    /// <summary>A result that also lists the unknown names of the file's actions, which do not stop it being served.</summary>
    public AppFileReadResult(AppFile? file, IReadOnlyList<AppFileProblem> problems, IReadOnlyList<AppFileProblem> unknownNames)
    {
        File = problems.Count == 0 ? file : null;
        Problems = problems;
        UnknownNames = unknownNames;
    }

    /// <summary>The app, or null when the file has problems (a file is used whole or not at all).</summary>
    public AppFile? File { get; }

    /// <summary>Every problem found, in file order; empty when the file is valid.</summary>
    public IReadOnlyList<AppFileProblem> Problems { get; }

    /// <summary>
    /// Every property and action of the file's actions that the model does not know, with the nearest known name. They
    /// are kept and sent as written (the platform may know them), so they do not stop the file being served; lint
    /// reports them, since in a file people write they are most often a slip (<c>destinatons</c>).
    /// </summary>
    public IReadOnlyList<AppFileProblem> UnknownNames { get; }

    /// <summary>Whether the file can be served.</summary>
    public bool IsValid => Problems.Count == 0;
}
