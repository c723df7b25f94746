namespace CallFlow.Server.Tests.Infrastructure;

/// <summary>A new folder under the system's temporary folder, deleted with all it holds when disposed.</summary>
/// <param name="purpose">A word for the folder's name, so a folder left behind tells which test made it.</param>
public sealed class TemporaryFolder(string purpose) : IDisposable
{
    /// <summary>The folder's full path.</summary>
    public string FullName { get; } = Directory.CreateTempSubdirectory($"callflow-{purpose}-").FullName;

    /// <summary>The full path of <paramref name="name"/> in the folder.</summary>
    public string PathOf(string name) => Path.Combine(FullName, name);

    public void Dispose() => Directory.Delete(FullName, recursive: true);
}
