namespace CallFlow.AspNetCore.Logging;

/// <summary>What the request log line says about a page request; the page endpoint fills it in as it learns.</summary>
public sealed class PageLogEntry
{
    private static readonly object Key = new();

    /// <summary>The app name from the URL.</summary>
    public required string App { get; init; }

    /// <summary>The page name from the URL.</summary>
    public required string Page { get; init; }

    /// <summary><c>this_call.call_id</c>, once read.</summary>
    public string? CallId { get; set; }

    /// <summary><c>application_instance_id</c>, once read.</summary>
    public string? ApplicationInstanceId { get; set; }

    /// <summary>Why the app's own answer was not sent, if it was not.</summary>
    public string? Failure { get; set; }

    /// <summary>Attaches an entry to the request.</summary>
    public static PageLogEntry Attach(HttpContext context, string app, string page)
    {
        var entry = new PageLogEntry { App = app, Page = page };
        context.Items[Key] = entry;
        return entry;
    }

    /// <summary>The entry attached to the request, if it is a page request.</summary>
    public static PageLogEntry? Find(HttpContext context) => context.Items.TryGetValue(Key, out var entry) ? entry as PageLogEntry : null;
}
