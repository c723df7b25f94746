using System.Text;
using CallFlow.Actions.AppFiles;

namespace CallFlow.Actions.Tests.AppFiles;

/// <summary>Builds small app files for tests and reads them as the server would.</summary>
public static class AppFileText
{
    public const string DisplayPath = "apps/test.json";

    public const string Fallback = """[ { "hang_up": {} } ]""";

    /// <summary>A file whose first page holds <paramref name="firstRules"/> (a JSON array body) and whose other pages are <paramref name="otherPages"/>.</summary>
    public static string WithFirst(string firstRules, string otherPages = "", string top = "") =>
        $$"""{ {{top}} "fallback": {{Fallback}}, "pages": { "first": [ {{firstRules}} ] {{(otherPages.Length > 0 ? "," + otherPages : "")}} } }""";

    /// <summary>A file whose first page has one rule answering <paramref name="actions"/>.</summary>
    public static string WithActions(string actions, string otherPages = "") => WithFirst($$"""{ "actions": [ {{actions}} ] }""", otherPages);

    public static AppFileReadResult Read(string json, string displayPath = DisplayPath) =>
        AppFileReader.Read(displayPath, Encoding.UTF8.GetBytes(json));

    public static AppFile ReadValid(string json)
    {
        var result = Read(json);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        return result.File!;
    }

    public static IReadOnlyList<string> ProblemLines(string json, string displayPath = DisplayPath) =>
        Read(json, displayPath).Problems.Select(p => p.ToString()).ToList();
}
