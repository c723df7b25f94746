namespace CallFlow.AspNetCore.Platform;

/// <summary>
/// A platform web service refused a request (a 4xx), kept failing after every retry (5xx, 429, connection errors,
/// timeouts), or answered something unusable. <see cref="Answer"/> holds what the platform said, for the operator.
/// </summary>
public sealed class PlatformException : Exception
{
    /// <summary>Creates the exception for an answer of the platform.</summary>
    public PlatformException(string operation, int? statusCode, string answer, Exception? innerException = null)
        : this(operation, statusCode, answer, null, innerException)
    {
    }

    /// <summary>Creates the exception for an answer of the platform that carried its JSON error.</summary>
    public PlatformException(string operation, int? statusCode, string answer, PlatformError? error, Exception? innerException = null)
        : base(Describe(operation, statusCode, answer, error), innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
        Answer = answer;
        Error = error;
    }

    /// <summary>The web service called: <c>service_start</c>, <c>service_cancel</c>, <c>application_status</c> or <c>rest_interrupt</c>.</summary>
    public string Operation { get; }

    /// <summary>The HTTP status of the last answer, or null when no answer arrived (connection error, timeout).</summary>
    public int? StatusCode { get; }

    /// <summary>The platform's answer (its body, shortened), or what went wrong when there was none.</summary>
    public string Answer { get; }

    /// <summary>The platform's JSON error with its four-digit code, when the answer was one.</summary>
    public PlatformError? Error { get; }

    private static string Describe(string operation, int? statusCode, string answer, PlatformError? error) => (statusCode, error) switch
    {
        ({ } status, { } known) => $"{operation} answered {status}: {known}",
        ({ } status, null) => $"{operation} answered {status}: {answer}",
        _ => $"{operation} failed: {answer}",
    };
}
