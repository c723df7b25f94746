using CallFlow.Actions.Responses;

namespace CallFlow.AspNetCore.Apps;

/// <summary>
/// An app the platform's pages are routed to: <c>/apps/{Name}/{page}</c>. Code-first apps
/// and declarative app files both implement it.
/// </summary>
public interface ICallFlowApp
{
    /// <summary>The app's name in page URLs.</summary>
    string Name { get; }

    /// <summary>The answer used when a page handler throws, times out or returns an invalid response.</summary>
    ActionsResponse Fallback { get; }

    /// <summary>How long a page handler may take before the fallback answers instead; null for the server default.</summary>
    TimeSpan? Timeout { get; }

    /// <summary>Whether the app answers <paramref name="page"/> (first, final, error or a named next page).</summary>
    bool HasPage(string page);

    /// <summary>Answers a page. May throw or be slow: the page runner guards every call.</summary>
    ValueTask<ActionsResponse> AnswerAsync(PageContext context, CancellationToken cancellationToken);
}
