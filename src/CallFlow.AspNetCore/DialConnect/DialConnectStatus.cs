using System.Text.Json.Serialization;

namespace CallFlow.AspNetCore.DialConnect;

/// <summary>Where a click-to-call request is in its life; each step has its own timestamp on the request.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DialConnectStatus>))]
public enum DialConnectStatus
{
    /// <summary>A test request: validated, stored, never dialled (final).</summary>
    [JsonStringEnumMemberName("test")]
    Test,

    /// <summary>Waiting for its due time; the only status a request can be cancelled in.</summary>
    [JsonStringEnumMemberName("scheduled")]
    Scheduled,

    /// <summary>Claimed by a dispatcher and handed to the platform's <c>service_start</c>; the first number is ringing.</summary>
    [JsonStringEnumMemberName("dialing")]
    Dialing,

    /// <summary>The first number answered (the first page was requested); the second is being called.</summary>
    [JsonStringEnumMemberName("answered")]
    Answered,

    /// <summary>The second number answered and the two are connected.</summary>
    [JsonStringEnumMemberName("connected")]
    Connected,

    /// <summary>The two were connected and the call has ended (final).</summary>
    [JsonStringEnumMemberName("completed")]
    Completed,

    /// <summary>The call could not be made or never connected; <c>error</c> says why (final).</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,

    /// <summary>Cancelled before it was dialled (final).</summary>
    [JsonStringEnumMemberName("cancelled")]
    Cancelled,
}
