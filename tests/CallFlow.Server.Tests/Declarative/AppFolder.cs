namespace CallFlow.Server.Tests.Declarative;

/// <summary>
/// A temporary content root with an <c>apps</c> folder that a test writes, edits and deletes like an operator would.
/// </summary>
public sealed class AppFolder : IDisposable
{
    public AppFolder()
    {
        ContentRoot = Directory.CreateTempSubdirectory("callflow-root-").FullName;
        Path = Directory.CreateDirectory(System.IO.Path.Combine(ContentRoot, "apps")).FullName;
    }

    /// <summary>The content root: <c>CallFlow:AppsPath</c> is its default <c>apps</c> here.</summary>
    public string ContentRoot { get; }

    /// <summary>The apps folder.</summary>
    public string Path { get; }

    /// <summary>Writes (or overwrites) an app file the way an editor saves it.</summary>
    public AppFolder Write(string appName, string json)
    {
        File.WriteAllText(FileOf(appName), json);
        return this;
    }

    public void Delete(string appName) => File.Delete(FileOf(appName));

    public void Dispose() => Directory.Delete(ContentRoot, recursive: true);

    private string FileOf(string appName) => System.IO.Path.Combine(Path, appName + ".json");

    /// <summary>A valid app whose first page says <paramref name="text"/>.</summary>
    public static string Saying(string text) => $$"""
        { "fallback": [ { "hang_up": {} } ],
          "pages": { "first": [ { "actions": [ { "play": { "play_list": [ { "text_to_say": "{{text}}" } ] } } ] } ] } }
        """;

    /// <summary>A file with one problem: a time written the way people say it.</summary>
    public const string BadTime = """
        { "time_zone": "Europe/London", "fallback": [ { "hang_up": {} } ],
          "pages": { "first": [ { "when": { "time": "9-17" }, "actions": [] } ] } }
        """;
}
