using CallFlow.Actions.Responses;

namespace CallFlow.Actions.AppFiles;

/// <summary>A valid declarative app file: its pages of rules and the fallback answer, ready to serve.</summary>
public sealed class AppFile
{
    internal AppFile(string name, string? description, TimeZoneInfo? timeZone, ActionsResponse fallback, IReadOnlyDictionary<string, AppPage> pages)
    {
        Name = name;
        Description = description;
        TimeZone = timeZone;
        Fallback = fallback;
        Pages = pages;
    }

    /// <summary>The app name: the file name without <c>.json</c>, served at <c>/apps/{Name}/...</c>.</summary>
    public string Name { get; }

    /// <summary><c>description</c>: what the app is for, in the operator's words.</summary>
    public string? Description { get; }

    /// <summary><c>time_zone</c>: the zone <c>time</c>, <c>days</c> and <c>dates</c> are read in; null when no rule uses them.</summary>
    public TimeZoneInfo? TimeZone { get; }

    /// <summary><c>fallback</c>: answered when no rule of a page holds, and when an answer fails.</summary>
    public ActionsResponse Fallback { get; }

    /// <summary><c>pages</c>: every page of the app by name; <c>first</c> is always there.</summary>
    public IReadOnlyDictionary<string, AppPage> Pages { get; }
}
