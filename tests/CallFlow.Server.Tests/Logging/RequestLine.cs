namespace CallFlow.Server.Tests.Logging;

/// <summary>The fields of one request line, as read back from a text or a JSON line.</summary>
public sealed record RequestLine(
    string Level, string Method, string Path, int StatusCode, string Outcome, string CallId, string ApplicationInstanceId, string TraceId, string Reason);
