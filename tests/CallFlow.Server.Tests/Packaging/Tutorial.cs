using System.Text.RegularExpressions;

namespace CallFlow.Server.Tests.Packaging;

/// <summary>
/// The complete files docs/writing-a-callflow.md shows: each C# code block right after a <c>&lt;!-- file: NAME --&gt;</c>
/// marker, so the page and what the tests compile are one text.
/// </summary>
internal static partial class Tutorial
{
    /// <summary>The page's files, by name.</summary>
    public static IReadOnlyDictionary<string, string> Files()
    {
        var page = File.ReadAllText(Repository.PathOf("docs/writing-a-callflow.md"));
        return FileBlock().Matches(page).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["code"].Value);
    }

    [GeneratedRegex(@"<!-- file: (?<name>[\w.]+) -->\n```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FileBlock();
}
