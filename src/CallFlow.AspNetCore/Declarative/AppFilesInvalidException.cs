namespace CallFlow.AspNetCore.Declarative;

/// <summary>The app files cannot be served at startup: their folder is missing, or files have problems (one a line).</summary>
public sealed class AppFilesInvalidException : Exception
{
    /// <summary>Tells what is wrong with the app files in <paramref name="folder"/>.</summary>
    public AppFilesInvalidException(string folder, string message)
        : base(message) => Folder = folder;

    /// <summary>The full path of the folder of app files.</summary>
    public string Folder { get; }
}
