using System.Text.Json;

namespace CallFlow.Actions.AppFiles;

/// <summary>What one read of an app file has collected so far: its problems and the pages its actions name.</summary>
internal sealed class ReadContext(string displayPath)
{
    internal List<AppFileProblem> Problems { get; } = [];

    /// <summary>The properties and actions the model does not know: kept as written, reported apart from the problems.</summary>
    internal List<AppFileProblem> UnknownNames { get; } = [];

    /// <summary>Every web page request in the file's actions, by wire path, to check relative ones name a page of the app.</summary>
    internal List<(string Path, string Url)> PageReferences { get; } = [];

    internal void Add(string path, string message) => Problems.Add(new AppFileProblem(displayPath, path, message));

    internal void AddUnknown(string path, string message) => UnknownNames.Add(new AppFileProblem(displayPath, path, message));

    /// <summary>A JSON value as a message shows it: strings and numbers as written, objects and arrays by kind.</summary>
    internal static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"\"{element.GetString()}\"",
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
