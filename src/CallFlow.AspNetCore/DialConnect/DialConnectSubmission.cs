using System.Text.Json.Serialization;

namespace CallFlow.AspNetCore.DialConnect;

/// <summary>
/// The body of <c>POST /api/dial-connect</c>: Anveo's DIAL.CONNECT arguments in snake_case. Unknown fields are
/// refused, so a misspelt field is reported instead of silently ignored.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class DialConnectSubmission
{
    /// <summary><c>phone_number</c> (required): called first; country code and digits (e.g. <c>12157010680</c>) or a <c>sip:</c> address.</summary>
    public string? PhoneNumber { get; set; }

    /// <summary><c>dest_phone_number</c> (required): called second and connected to the first, same form.</summary>
    public string? DestPhoneNumber { get; set; }

    /// <summary><c>caller_id</c>: shown to both numbers. Default: the configured default caller id towards the first number, the first number towards the second.</summary>
    public string? CallerId { get; set; }

    /// <summary><c>max_call_duration</c>: minutes after which the connected call is ended. Default: the platform's (240).</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? MaxCallDuration { get; set; }

    /// <summary><c>delay</c>: minutes to wait before dialling, 0 to 86400 (60 days). Default: 0.</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? Delay { get; set; }

    /// <summary><c>memo</c>: the operator's notes, at most <see cref="DialConnectSubmissionValidator.MaxMemoLength"/> characters.</summary>
    public string? Memo { get; set; }

    /// <summary><c>billing_code</c>: the operator's billing code, at most <see cref="DialConnectSubmissionValidator.MaxBillingCodeLength"/> characters.</summary>
    public string? BillingCode { get; set; }

    /// <summary><c>test</c>: validate and store with status <c>test</c>, dialling nothing.</summary>
    public bool? Test { get; set; }
}
