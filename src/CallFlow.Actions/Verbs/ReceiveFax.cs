using CallFlow.Actions.Parts;

namespace CallFlow.Actions.Verbs;

/// <summary>
/// <c>receive_fax</c>: starts a fax session on an inbound call and receives a tif file into the media file store
/// (REST API v2 receive fax page). Result: <see cref="Results.ReceiveFaxResult"/>.
/// </summary>
public sealed class ReceiveFax : TelephonyAction
{
    /// <summary>Creates an action with no next page yet (required before sending).</summary>
    public ReceiveFax()
    {
    }

    /// <summary>Creates an action that requests <paramref name="nextPage"/> once the fax session has finished.</summary>
    public ReceiveFax(WebPageRequest nextPage) => NextPage = nextPage;

    /// <summary><c>next_page</c> (required): the page requested once the fax session has finished.</summary>
    public WebPageRequest? NextPage { get; set; }

    /// <summary><c>id</c>: a user-defined string that identifies the fax received. Platform default: an empty string.</summary>
    public string? Id { get; set; }

    /// <summary><c>progress_page</c>: the page that receives progress reports (see <see cref="Requests.ActionProgress"/>). Platform default: none.</summary>
    public WebPageRequest? ProgressPage { get; set; }

    /// <summary><c>encryption_cipher</c>: the cipher that encrypts the received fax. Platform default: none, the fax is saved unencrypted.</summary>
    public Cipher? EncryptionCipher { get; set; }

    /// <summary><c>fax_available_page</c>: a page notified, asynchronously and outside the call flow, once the fax can be downloaded by every application. Platform default: none.</summary>
    public WebPageRequest? FaxAvailablePage { get; set; }
}
