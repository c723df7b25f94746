namespace CallFlow.AspNetCore.Platform;

/// <summary>
/// The JSON error a web service answers when the request's <c>Accept</c> names JSON:
/// <c>{"error": {"code", "text", "details", "datetime", "link"}, "request": {...}}</c>.
/// </summary>
/// <param name="Code">The platform's four-digit error code, e.g. <c>0402</c>.</param>
/// <param name="Text">What the code means.</param>
/// <param name="Details">More about this occurrence, when the platform gives it.</param>
/// <param name="Link">The platform's page about the code, when given.</param>
public sealed record PlatformError(string Code, string Text, string? Details, string? Link)
{
    /// <summary>One line for people: <c>error 0402: Authentication failed (details)</c>.</summary>
    public override string ToString() => $"error {Code}: {Text}{(string.IsNullOrEmpty(Details) ? "" : $" ({Details})")}";
}
