using System.Text.Json;

namespace CallFlow.AspNetCore.Inspector;

/// <summary>A page request as a <c>curl</c> command that sends it to this server again.</summary>
internal static class CurlCommand
{
    /// <summary>
    /// The command for <paramref name="request"/> (the stored text) to <paramref name="pageUrl"/>. With page
    /// authentication on, it names <paramref name="username"/> and lets curl ask for the password, which is never shown.
    /// </summary>
    public static string For(string method, string pageUrl, string request, string? username)
    {
        var user = username is null ? "" : $" -u {Quote(username)}";
        if (string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            // A GET page's stored request is its instance_info text.
            return $"curl{user} -G {Quote(pageUrl)} --data-urlencode {Quote("instance_info=" + request)}";
        }

        return IsJsonBody(request)
            ? $"curl{user} {Quote(pageUrl)} -H 'Content-Type: application/json' --data-binary {Quote(request)}"
            : $"curl{user} {Quote(pageUrl)} --data-urlencode {Quote("instance_info=" + request)}";
    }

    // A JSON body holds instance_info; a form's stored request is the instance_info text itself.
    private static bool IsJsonBody(string request)
    {
        try
        {
            using var document = JsonDocument.Parse(request);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("instance_info", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // Single quotes keep every character literal in a POSIX shell; a quote inside is closed, escaped and reopened.
    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
