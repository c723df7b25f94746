using CallFlow.AspNetCore.Pages;
using CallFlow.AspNetCore.Telemetry;

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

    /// <summary>How the request ended.</summary>
    public PageOutcome Outcome { get; set; } = PageOutcome.Answered;

    /// <summary>Why the app's own answer was not sent, if it was not.</summary>
    public string? Failure { get; set; }

    /// <summary>Attaches an entry to the request.</summary>
    public static PageLogEntry Attach(HttpContext context, string app, string page)
    {
        var entry = new PageLogEntry { App = app, Page = page };
        context.Items[Key] = entry;
        return entry;
    }

    /// <summary>
    /// Attaches the entry of a page request refused before its endpoint ran (by page authentication), and counts the
    /// refusal; the page name is the path's last segment, since a fixed page's route has no <c>{page}</c> value.
    /// </summary>
    public static void AttachRefused(HttpContext context, int statusCode, string reason)
    {
        var path = context.Request.Path.Value ?? "";
        var entry = Attach(context, context.GetRouteValue("app") as string ?? "", path[(path.LastIndexOf('/') + 1)..]);
        entry.Outcome = PageOutcome.Rejected;
        entry.Failure = reason;
        CallFlowTelemetry.RecordRejection(statusCode);
    }

    /// <summary>The entry attached to the request, if it is a page request.</summary>
    public static PageLogEntry? Find(HttpContext context) => context.Items.TryGetValue(Key, out var entry) ? entry as PageLogEntry : null;
}
