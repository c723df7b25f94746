namespace CallFlow.AspNetCore.Pages;

/// <summary>How a page request ended, as its log line, its metrics and its span say.</summary>
public enum PageOutcome
{
    /// <summary>The app's own answer was sent.</summary>
    Answered,

    /// <summary>The app's fallback was sent instead of its answer (see <see cref="FallbackReason"/>).</summary>
    Fallback,

    /// <summary>A notification or a final page: the app ran, the platform got 204 No Content.</summary>
    Notification,

    /// <summary>The request was refused before the app ran: bad credentials, an unknown page, unreadable input.</summary>
    Rejected,
}
