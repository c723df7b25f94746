namespace CallFlow.AspNetCore.DialConnect;

/// <summary>A click-to-call request as stored and as <c>/api/dial-connect</c> shows it: what was asked, where it is, and when each step happened.</summary>
public sealed record DialConnectRequest
{
    /// <summary><c>request_id</c>: the id to query or cancel the request with; also the <c>token</c> its call carries.</summary>
    public required string RequestId { get; init; }

    /// <summary><c>status</c>: where the request is now.</summary>
    public required DialConnectStatus Status { get; init; }

    /// <summary><c>phone_number</c>: the number called first.</summary>
    public required string PhoneNumber { get; init; }

    /// <summary><c>dest_phone_number</c>: the number called second and connected to the first.</summary>
    public required string DestPhoneNumber { get; init; }

    /// <summary><c>caller_id</c>, as submitted (null: the defaults apply).</summary>
    public string? CallerId { get; init; }

    /// <summary><c>max_call_duration</c> in minutes, as submitted (null: the platform's default).</summary>
    public int? MaxCallDuration { get; init; }

    /// <summary><c>delay</c> in minutes, as submitted (0 when none was).</summary>
    public int Delay { get; init; }

    /// <summary><c>memo</c>, as submitted.</summary>
    public string? Memo { get; init; }

    /// <summary><c>billing_code</c>, as submitted.</summary>
    public string? BillingCode { get; init; }

    /// <summary><c>created_at</c>: when the request was accepted.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary><c>due_at</c>: when it is to be dialled (<c>created_at</c> + <c>delay</c>).</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary><c>dialing_at</c>: when a dispatcher handed it to the platform.</summary>
    public DateTimeOffset? DialingAt { get; init; }

    /// <summary><c>answered_at</c>: when the first number answered.</summary>
    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary><c>connected_at</c>: when the second number answered and was connected.</summary>
    public DateTimeOffset? ConnectedAt { get; init; }

    /// <summary><c>completed_at</c>: when a connected call ended.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary><c>failed_at</c>: when the request failed.</summary>
    public DateTimeOffset? FailedAt { get; init; }

    /// <summary><c>cancelled_at</c>: when the request was cancelled.</summary>
    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary><c>updated_at</c>: the last change of any kind (what <c>since</c> filters on).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary><c>application_instance_id</c>: the platform's instance that made the call.</summary>
    public string? ApplicationInstanceId { get; init; }

    /// <summary><c>seconds_connected_duration</c>: how long the two numbers were connected.</summary>
    public double? SecondsConnectedDuration { get; init; }

    /// <summary><c>call_cause</c>: the platform's cause on the final page (<c>completed</c>, <c>no_answer</c>, <c>busy</c>...).</summary>
    public string? CallCause { get; init; }

    /// <summary><c>error</c>: why the request failed, with the platform's answer when it gave one.</summary>
    public string? Error { get; init; }

    /// <summary>Whether the request has reached a status it never leaves.</summary>
    public bool IsFinal => Status is DialConnectStatus.Test or DialConnectStatus.Completed or DialConnectStatus.Failed or DialConnectStatus.Cancelled;
}
