using CallFlow.Actions.Requests;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Validation;

namespace CallFlow.AspNetCore.Apps;

/// <summary>
/// Declares a code-first app and its pages, in the style of Minimal APIs:
/// <code>
/// services.AddCallFlowApp("support", app =>
/// {
///     app.MapFirst(() => new ActionsResponse(Play.SayText("Hello"), new Connect("441908273800") { NextPage = "connected" }));
///     app.MapPage("connected", (ConnectResult? result) => new ActionsResponse(Play.SayText("Goodbye")));
/// });
/// </code>
/// Handler parameters are bound from the page (<see cref="PageContext"/>, the request, this call, the typed action result,
/// a <see cref="CancellationToken"/>) or resolved as services.
/// </summary>
public sealed class CallFlowAppBuilder
{
    private readonly Dictionary<string, PageHandler> _pages = new(StringComparer.Ordinal);
    private ActionsResponse _fallback = DefaultFallback.Create();
    private TimeSpan? _timeout;

    internal CallFlowAppBuilder(string name)
    {
        if (!PageNames.IsValidName(name))
        {
            throw new ArgumentException($"App name \"{name}\" must be {PageNames.Rule} (it is part of page URLs).", nameof(name));
        }

        Name = name;
    }

    /// <summary>The app's name in page URLs: <c>/apps/{Name}/...</c>.</summary>
    public string Name { get; }

    /// <summary>Answers the first page, requested when a call arrives or an outbound call is answered.</summary>
    public CallFlowAppBuilder MapFirst(Delegate handler) => MapPage(PageNames.First, handler);

    /// <summary>Handles the final page (its answer cannot steer the call; the platform gets 204).</summary>
    public CallFlowAppBuilder MapFinal(Delegate handler) => MapPage(PageNames.Final, handler);

    /// <summary>Answers the error page, requested when the platform could not use an answer. Default: the fallback.</summary>
    public CallFlowAppBuilder MapError(Delegate handler) => MapPage(PageNames.Error, handler);

    /// <summary>Answers a named next page, the target of a <c>next_page</c> such as <c>{"url": "connected"}</c>.</summary>
    public CallFlowAppBuilder MapPage(string page, Delegate handler)
    {
        if (!PageNames.IsValidName(page))
        {
            throw new ArgumentException($"Page name \"{page}\" must be {PageNames.Rule} (it is part of page URLs).", nameof(page));
        }

        if (!_pages.TryAdd(page, PageHandlerFactory.Create(handler)))
        {
            throw new ArgumentException($"App \"{Name}\" maps page \"{page}\" twice.", nameof(page));
        }

        return this;
    }

    /// <summary>Sets what the caller hears when a page throws, times out or answers something invalid.</summary>
    /// <exception cref="ArgumentException">The fallback itself is not a valid response.</exception>
    public CallFlowAppBuilder WithFallback(ActionsResponse fallback)
    {
        var problems = ActionsResponseValidator.Instance.Validate(fallback);
        if (!problems.IsValid)
        {
            throw new ArgumentException($"The fallback of app \"{Name}\" is invalid: {problems}", nameof(fallback));
        }

        _fallback = fallback;
        return this;
    }

    /// <summary>Sets how long this app's pages may take before the fallback answers (default: <c>CallFlow:Pages:Timeout</c>).</summary>
    public CallFlowAppBuilder WithTimeout(TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        _timeout = timeout;
        return this;
    }

    internal ICallFlowApp Build() =>
        _pages.ContainsKey(PageNames.First)
            ? new CodeFirstApp(Name, new Dictionary<string, PageHandler>(_pages), _fallback, _timeout)
            : throw new InvalidOperationException($"App \"{Name}\" has no first page: call MapFirst.");

}
