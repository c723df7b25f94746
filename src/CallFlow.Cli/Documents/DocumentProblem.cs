using System.Globalization;
using System.Text.RegularExpressions;
using CallFlow.Actions.Serialization;

namespace CallFlow.Cli.Documents;

/// <summary>
/// One problem in a document, at a wire path without the leading <c>$.</c> (<c>actions[1].connect.destinations</c>),
/// or <c>$</c> for the document as a whole: the same paths the validators of CallFlow.Actions report.
/// <paramref name="IsUnknownName"/> marks a property or action the model does not know: the document is still read
/// (and written back with it), so lint's <c>--allow-unknown-properties</c> can make it a warning.
/// </summary>
internal sealed partial record DocumentProblem(string Path, string Message, bool IsUnknownName = false)
{
    private const string WarningMark = "warning: ";

    /// <summary>The path of the document's root.</summary>
    public const string Root = WireProblem.Root;

    private const int MaxQuoted = 60;

    /// <summary>
    /// The problem as lint prints it: <c>FILE: json.path: message</c>, on one line. The validators quote the values
    /// they refuse; a quoted value too long to read (a 5 MB destination) is cut and its length given instead.
    /// </summary>
    public string ToLine(string file) => $"{file}: {Path}: {ShortMessage}";

    /// <summary>The line of a problem that does not fail the check: <c>FILE: json.path: warning: message</c>.</summary>
    public string ToWarningLine(string file) => $"{file}: {Path}: {WarningMark}{ShortMessage}";

    private string ShortMessage => LongQuote().Replace(Message, Shorten);

    /// <summary>The same problem found in a part of a larger document that sits at <paramref name="prefix"/>.</summary>
    public DocumentProblem Under(string prefix) => this with { Path = Join(prefix, Path) };

    /// <summary>Joins a parent path and a child path as they would read in one document.</summary>
    public static string Join(string prefix, string path) => WireProblem.Join(prefix, path);

    private static string Shorten(Match quote) =>
        $"\"{quote.Groups["text"].Value[..MaxQuoted]}...\" ({quote.Groups["text"].Value.Length.ToString(CultureInfo.InvariantCulture)} characters)";

    [GeneratedRegex("\"(?<text>[^\"]{61,})\"")]
    private static partial Regex LongQuote();
}
