using CallFlow.Actions.Requests;
using CallFlow.Actions.Results;

namespace CallFlow.AspNetCore.Apps;

/// <summary>Everything a page handler knows about the request it answers.</summary>
public sealed class PageContext
{
    /// <summary>Creates the context of one page request.</summary>
    public PageContext(string app, string page, PageRequest request, IServiceProvider services)
    {
        App = app;
        Page = page;
        Request = request;
        Services = services;
        Instance = request.InstanceInfo ?? throw new ArgumentException("A validated page request has instance_info.", nameof(request));
    }

    /// <summary>The app name from the URL.</summary>
    public string App { get; }

    /// <summary>The page name from the URL (first, final, error or a next page).</summary>
    public string Page { get; }

    /// <summary>The whole page request.</summary>
    public PageRequest Request { get; }

    /// <summary><c>instance_info</c> of the request.</summary>
    public InstanceInfo Instance { get; }

    /// <summary>
    /// <c>this_call</c>: the call this page is about. The platform sends none on notifications and transcription results
    /// (see <see cref="HasCall"/>); reading it then throws, which the page's guard turns into its fallback, logged.
    /// </summary>
    public CallInfo Call => Instance.ThisCall
        ?? throw new InvalidOperationException($"The request to page \"{Page}\" of app \"{App}\" has no this_call (a notification or a transcription result); check HasCall first.");

    /// <summary>Whether the request names its call (<c>this_call</c>); false on notifications and transcription results, whose answer is never run.</summary>
    public bool HasCall => Instance.ThisCall is not null;

    /// <summary>The outcome of the action that named this page, on next pages.</summary>
    public ActionResult? ActionResult => Instance.ActionResult;

    /// <summary>The token the app returned last time (or the one given to service_start).</summary>
    public string? Token => Instance.Token;

    /// <summary>The request's services, for handlers that resolve their own.</summary>
    public IServiceProvider Services { get; }

    /// <summary>The action result as <typeparamref name="TResult"/>, or null when it is absent or of another kind.</summary>
    public TResult? ResultAs<TResult>()
        where TResult : ActionResult => ActionResult as TResult;
}
