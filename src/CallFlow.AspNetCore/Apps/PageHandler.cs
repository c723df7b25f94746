using CallFlow.Actions.Responses;

namespace CallFlow.AspNetCore.Apps;

/// <summary>A compiled page handler of a code-first app.</summary>
/// <param name="context">The page being answered.</param>
/// <param name="cancellationToken">Cancelled when the page's time is up or the platform went away.</param>
public delegate ValueTask<ActionsResponse> PageHandler(PageContext context, CancellationToken cancellationToken);
