namespace CallFlow.Cli.Tests.Support;

/// <summary>Files of the repository the tests run in, such as the server's sample app files.</summary>
public static class Repository
{
    /// <summary>The full path of <paramref name="relativePath"/> from the repository root (the folder holding CallFlow.sln).</summary>
    public static string PathOf(string relativePath)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CallFlow.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("The tests run outside the repository: no CallFlow.sln above them."), relativePath);
    }
}
