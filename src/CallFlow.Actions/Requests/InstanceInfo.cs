using CallFlow.Actions.Results;

namespace CallFlow.Actions.Requests;

/// <summary><c>instance_info</c>: everything the platform tells a page about the application instance and its call.</summary>
public sealed class InstanceInfo : WireObject
{
    /// <summary><c>application_instance_id</c>: the id of this run of the application.</summary>
    public string? ApplicationInstanceId { get; set; }

    /// <summary><c>token</c>: the token the app returned last time (or the token given to <c>service_start</c>), or null.</summary>
    public string? Token { get; set; }

    /// <summary><c>log_filename</c>: the platform's log file for this instance.</summary>
    public string? LogFilename { get; set; }

    /// <summary><c>is_notification</c>: true when the request cannot steer the call (answer 204).</summary>
    public bool IsNotification { get; set; }

    /// <summary><c>this_call</c>: the call this page is about.</summary>
    public CallInfo? ThisCall { get; set; }

    /// <summary><c>action_result</c>: on a next page, the outcome of the action that named it.</summary>
    public ActionResult? ActionResult { get; set; }

    /// <summary><c>action_progress</c>: on a progress page, how a fax session is going.</summary>
    public ActionProgress? ActionProgress { get; set; }

    /// <summary><c>error_result</c>: on an error page, what went wrong.</summary>
    public ErrorResult? ErrorResult { get; set; }

    /// <summary><c>dropped_calls</c>: on a final page after a connect, the legs the platform hung up.</summary>
    public List<CallInfo>? DroppedCalls { get; set; }
}
