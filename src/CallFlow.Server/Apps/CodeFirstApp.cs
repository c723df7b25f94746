using CallFlow.Actions.Responses;

namespace CallFlow.Server.Apps;

/// <summary>An app declared in C# with <see cref="CallFlowAppBuilder"/>.</summary>
internal sealed class CodeFirstApp(string name, IReadOnlyDictionary<string, PageHandler> pages, ActionsResponse fallback, TimeSpan? timeout)
    : ICallFlowApp
{
    public string Name => name;

    public ActionsResponse Fallback => fallback;

    public TimeSpan? Timeout => timeout;

    // Every app has final and error pages: without a handler the final page is only recorded and the error page apologises.
    public bool HasPage(string page) => pages.ContainsKey(page) || page is PageNames.Final or PageNames.Error;

    public ValueTask<ActionsResponse> AnswerAsync(PageContext context, CancellationToken cancellationToken)
    {
        if (pages.TryGetValue(context.Page, out var handler))
        {
            return handler(context, cancellationToken);
        }

        return new ValueTask<ActionsResponse>(context.Page == PageNames.Error ? fallback : new ActionsResponse());
    }
}
