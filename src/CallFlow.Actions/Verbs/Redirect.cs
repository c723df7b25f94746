using CallFlow.Actions.Parts;

namespace CallFlow.Actions.Verbs;

/// <summary><c>redirect</c>: stops this page's remaining actions and requests another page. Has no action result.</summary>
public sealed class Redirect : TelephonyAction
{
    /// <summary>Creates an action with no next page yet (required before sending).</summary>
    public Redirect()
    {
    }

    /// <summary>Creates an action that continues the call at <paramref name="nextPage"/>.</summary>
    public Redirect(WebPageRequest nextPage) => NextPage = nextPage;

    /// <summary><c>next_page</c> (required): the page to request instead (the shape is assumed, see docs/protocol.md).</summary>
    public WebPageRequest? NextPage { get; set; }
}
