namespace CallFlow.AspNetCore.Platform;

/// <summary>
/// A platform web service refused a request (a 4xx), kept failing after every retry (5xx, 429, connection errors,
/// timeouts), or answered something unusable. <see cref="Answer"/> holds what the platform said, for the operator.
/// </summary>
public sealed class PlatformException : Exception
{
    /// <summary>Creates the exception for an answer of the platform.</summary>
    public PlatformException(string operation, int? statusCode, string answer, Exception? innerException = null)
        : base(Describe(operation, statusCode, answer), innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
        Answer = answer;
    }

    /// <summary>The web service called: <c>service_start</c>, <c>service_cancel</c> or <c>application_status</c>.</summary>
    public string Operation { get; }

    /// <summary>The HTTP status of the last answer, or null when no answer arrived (connection error, timeout).</summary>
    public int? StatusCode { get; }

    /// <summary>The platform's answer (its body, shortened), or what went wrong when there was none.</summary>
    public string Answer { get; }

    private static string Describe(string operation, int? statusCode, string answer) => statusCode is { } status
        ? $"{operation} answered {status}: {answer}"
        : $"{operation} failed: {answer}";
}
