using System.Text.RegularExpressions;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.Documentation;

/// <summary>
/// The code blocks of a docs page that the tests run or compile: each fenced block right after an HTML comment
/// marker such as <c>&lt;!-- file: Program.cs --&gt;</c>, invisible on the rendered page. The page and what is tested
/// are then one text.
/// </summary>
internal static partial class MarkedBlocks
{
    /// <summary>The marked blocks of <paramref name="page"/> (a path from the repository root), as (marker, code) pairs in page order.</summary>
    public static IReadOnlyList<(string Marker, string Code)> Read(string page) =>
        Block().Matches(File.ReadAllText(Repository.PathOf(page)))
            .Select(m => (m.Groups["marker"].Value, m.Groups["code"].Value))
            .ToList();

    /// <summary>The files the page shows whole, by name (markers <c>file: NAME</c>).</summary>
    public static IReadOnlyDictionary<string, string> Files(string page) =>
        Read(page).Where(b => b.Marker.StartsWith(FilePrefix, StringComparison.Ordinal))
            .ToDictionary(b => b.Marker[FilePrefix.Length..], b => b.Code);

    private const string FilePrefix = "file: ";

    [GeneratedRegex(@"<!-- (?<marker>[^>]+?) -->\n```\w*\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
