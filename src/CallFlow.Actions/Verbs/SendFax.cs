using CallFlow.Actions.Parts;

namespace CallFlow.Actions.Verbs;

/// <summary>
/// <c>send_fax</c>: starts a fax session on an outbound call and sends a tif file (REST API v2 send fax page).
/// Result (on the next page): <see cref="Results.SendFaxResult"/>.
/// </summary>
public sealed class SendFax : TelephonyAction
{
    /// <summary>Creates an action with no fax yet (required before sending).</summary>
    public SendFax()
    {
    }

    /// <summary>Creates an action that sends <paramref name="faxToSend"/>: a file name in the media file store, or a web page request for a file on the web.</summary>
    public SendFax(MediaFile faxToSend) => FaxToSend = faxToSend;

    /// <summary><c>fax_to_send</c> (required): the tif file, a file name in the media file store or a web page request (GET only, at most 5 MB).</summary>
    public MediaFile? FaxToSend { get; set; }

    /// <summary><c>progress_page</c>: the page that receives progress reports (see <see cref="Requests.ActionProgress"/>). Platform default: none.</summary>
    public WebPageRequest? ProgressPage { get; set; }

    /// <summary><c>next_page</c>: the page requested when the fax session has finished. Platform default: none, run the next queued action.</summary>
    public WebPageRequest? NextPage { get; set; }

    /// <summary><c>decryption_cipher</c>: the cipher of an encrypted tif file; not allowed when the fax is a web page request. Platform default: none.</summary>
    public Cipher? DecryptionCipher { get; set; }
}
