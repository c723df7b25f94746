using CallFlow.Actions.Requests;
using CallFlow.Actions.Responses;

namespace CallFlow.AspNetCore.Apps;

/// <summary>An app declared in C# with <see cref="CallFlowAppBuilder"/>.</summary>
internal sealed class CodeFirstApp(string name, IReadOnlyDictionary<string, PageHandler> pages, ActionsResponse fallback, TimeSpan? timeout)
    : ICallFlowApp
{
    public string Name => name;

    public ActionsResponse Fallback => fallback;

    public TimeSpan? Timeout => timeout;

    public bool HasPage(string page) => pages.ContainsKey(page) || PageNames.EveryAppHas(page);

    public ValueTask<ActionsResponse> AnswerAsync(PageContext context, CancellationToken cancellationToken)
    {
        if (pages.TryGetValue(context.Page, out var handler))
        {
            return handler(context, cancellationToken);
        }

        return new ValueTask<ActionsResponse>(PageNames.UnhandledAnswer(context.Page, fallback));
    }
}
