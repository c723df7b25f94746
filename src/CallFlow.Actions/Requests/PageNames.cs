using System.Text.RegularExpressions;
using CallFlow.Actions.Responses;

namespace CallFlow.Actions.Requests;

/// <summary>
/// The pages every app may have, and the rule for the names of apps and pages: both are segments of the page URLs
/// (<c>/apps/{app}/{page}</c>), in code-first apps, app files and whatever plays the platform alike.
/// Any other page name is a next page of the app's own.
/// </summary>
public static partial class PageNames
{
    /// <summary>Requested when a call arrives or an outbound call is answered.</summary>
    public const string First = "first";

    /// <summary>Always the last request of a call; its answer cannot steer the call.</summary>
    public const string Final = "final";

    /// <summary>Requested when the platform could not use an answer.</summary>
    public const string Error = "error";

    /// <summary>The most characters an app or page name may have.</summary>
    public const int MaxLength = 100;

    /// <summary>The name rule in words, for messages.</summary>
    public const string Rule = "letters, digits, '-', '_' and '.' (not first), at most 100 characters";

    /// <summary>The pages every app answers, with or without a handler of its own: the final and error pages.</summary>
    public static IReadOnlyList<string> EveryAppHasPages { get; } = [Final, Error];

    /// <summary>Whether every app answers <paramref name="page"/>, with or without a handler of its own: the final and error pages.</summary>
    public static bool EveryAppHas(string page) => page is Final or Error;

    /// <summary>
    /// What an app without a handler for <paramref name="page"/> answers: its fallback on the error page (an apology),
    /// no actions on the final page (whose answer cannot steer the call).
    /// </summary>
    public static ActionsResponse UnhandledAnswer(string page, ActionsResponse fallback) => page == Error ? fallback : new ActionsResponse();

    /// <summary>Whether <paramref name="name"/> can name an app or a page (see <see cref="Rule"/>).</summary>
    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    // A leading '.' would make "." and ".." segments; the rest is what a URL path segment holds unescaped.
    [GeneratedRegex("^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}$")]
    private static partial Regex NamePattern();
}
