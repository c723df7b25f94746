using System.Net.Http.Headers;
using System.Text;
using CallFlow.AspNetCore.Logging;
using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.Security;

/// <summary>
/// Requires HTTP Basic credentials on page routes when <c>CallFlow:PageAuth</c> is set. A missing, malformed or wrong
/// credential gets 401 with <c>WWW-Authenticate</c> and runs no app code; an address that keeps failing is refused
/// for a while by <see cref="FailedAuthLimiter"/>. Credentials are never logged.
/// </summary>
public sealed partial class PageBasicAuthFilter(IOptionsMonitor<PageAuthOptions> options, FailedAuthLimiter failures, ILogger<PageBasicAuthFilter> logger) : IEndpointFilter
{
    /// <summary>The challenge sent with every 401.</summary>
    public const string Challenge = "Basic realm=\"CallFlow pages\", charset=\"UTF-8\"";

    // Credentials longer than this are not Basic credentials anyone configured; refusing them bounds the work per request.
    private const int MaxCredentialLength = 1024;

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var settings = options.CurrentValue;
        if (!settings.Enabled)
        {
            return next(context);
        }

        if (failures.RefuseIfBlocked(context.HttpContext) is { } tooMany)
        {
            PageLogEntry.AttachRefused(context.HttpContext, StatusCodes.Status429TooManyRequests, "too many failed authentications from this address");
            return ValueTask.FromResult<object?>(tooMany);
        }

        if (IsAuthorized(context.HttpContext.Request, settings))
        {
            return next(context);
        }

        failures.CountFailure(context.HttpContext);
        PageLogEntry.AttachRefused(context.HttpContext, StatusCodes.Status401Unauthorized, "missing or wrong Basic credentials");
        LogRejected(context.HttpContext.Connection.RemoteIpAddress?.ToString(), context.HttpContext.Request.Path);
        context.HttpContext.Response.Headers.WWWAuthenticate = Challenge;
        return ValueTask.FromResult<object?>(TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Authentication required",
            detail: "Page requests must carry the HTTP Basic credentials configured in CallFlow:PageAuth."));
    }

    private static bool IsAuthorized(HttpRequest request, PageAuthOptions settings)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !"Basic".Equals(header.Scheme, StringComparison.OrdinalIgnoreCase)
            || header.Parameter is not { Length: > 0 and <= MaxCredentialLength })
        {
            return false;
        }

        Span<byte> decoded = stackalloc byte[header.Parameter.Length];
        if (!Convert.TryFromBase64String(header.Parameter, decoded, out var length))
        {
            return false;
        }

        var credentials = Encoding.UTF8.GetString(decoded[..length]).AsSpan();
        var colon = credentials.IndexOf(':');
        if (colon < 0)
        {
            return false;
        }

        // Both comparisons always run, so a right username with a wrong password takes as long as anything else.
        var userMatches = SecretComparer.Matches(credentials[..colon], settings.Username ?? "");
        var passwordMatches = SecretComparer.Matches(credentials[(colon + 1)..], settings.Password ?? "");
        return userMatches & passwordMatches;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected page request from {RemoteAddress} to {Path}: missing or wrong Basic credentials")]
    private partial void LogRejected(string? remoteAddress, string path);
}
