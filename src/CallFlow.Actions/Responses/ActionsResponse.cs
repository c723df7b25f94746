using System.Text.Json.Serialization;
using CallFlow.Actions.Parts;
using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.Responses;

/// <summary>
/// A page's answer: <c>{"actions": [...], "token": "...", "api_version": "2.0"}</c>.
/// The actions replace whatever actions the platform still had queued.
/// </summary>
public sealed class ActionsResponse : WireObject
{
    /// <summary>The only API version this model speaks.</summary>
    public const string CurrentApiVersion = "2.0";

    /// <summary>The longest token the platform keeps.</summary>
    public const int MaxTokenLength = 5000;

    /// <summary>Creates a response with no actions (the platform then hangs up).</summary>
    public ActionsResponse()
    {
    }

    /// <summary>Creates a response with the given actions.</summary>
    public ActionsResponse(params IEnumerable<TelephonyAction> actions) => Actions.AddRange(actions);

    /// <summary><c>actions</c> (required, may be empty): run in order.</summary>
    [JsonRequired]
    public List<TelephonyAction> Actions { get; set; } = [];

    /// <summary><c>token</c>: opaque state of at most 5000 characters, returned in every later request of the call.</summary>
    public string? Token { get; set; }

    /// <summary><c>call_recording_cipher</c>: the cipher of the whole call recording, required when call recording encryption is enabled in the service configuration (give it in the first page's response). Platform default: none.</summary>
    public Cipher? CallRecordingCipher { get; set; }

    /// <summary><c>api_version</c> (required): always <c>2.0</c>.</summary>
    [JsonRequired]
    public string ApiVersion { get; set; } = CurrentApiVersion;

    /// <summary>Appends an action; returns this response for chaining.</summary>
    public ActionsResponse Add(TelephonyAction action)
    {
        Actions.Add(action);
        return this;
    }
}
