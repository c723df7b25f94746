using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.Security;

/// <summary>
/// Brakes credential guessing: a fixed-window limiter per client address (ASP.NET Core's built-in rate limiting) that
/// counts only failed authentications. Once an address has used up its failures for the window, every request from it
/// to a guarded route gets 429 with <c>Retry-After</c> before its credentials are even looked at, so guessing stops
/// there. Requests with the right credentials never use up a permit: the platform, at its own address, is never limited.
/// </summary>
public sealed partial class FailedAuthLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _limiter;
    private readonly ILogger<FailedAuthLimiter> _logger;

    /// <summary>Creates the limiter from <c>CallFlow:Security:FailedAuth</c>.</summary>
    public FailedAuthLimiter(IOptions<FailedAuthOptions> options, ILogger<FailedAuthLimiter> logger)
    {
        _logger = logger;
        var settings = options.Value;
        if (settings.PermitLimit > 0)
        {
            _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.PermitLimit,
                Window = settings.Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
        }
    }

    /// <summary>
    /// The 429 answer when <paramref name="http"/>'s address has no failures left in this window, or null when it may
    /// try (asking uses up nothing).
    /// </summary>
    public ProblemHttpResult? RefuseIfBlocked(HttpContext http)
    {
        if (_limiter is null)
        {
            return null;
        }

        using var lease = _limiter.AttemptAcquire(AddressOf(http), 0);
        return lease.IsAcquired ? null : TooMany(http, lease);
    }

    /// <summary>Counts a failed authentication of <paramref name="http"/>'s address.</summary>
    public void CountFailure(HttpContext http)
    {
        if (_limiter is null)
        {
            return;
        }

        using var lease = _limiter.AttemptAcquire(AddressOf(http));
    }

    /// <inheritdoc />
    public void Dispose() => _limiter?.Dispose();

    private ProblemHttpResult TooMany(HttpContext http, RateLimitLease lease)
    {
        var address = AddressOf(http);
        LogBlocked(address, http.Request.Path);
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many failed authentications",
            detail: $"This address sent too many wrong or missing credentials; try again in {seconds} s.");
    }

    private static string AddressOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "(unknown)";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request from {RemoteAddress} to {Path}: too many failed authentications from that address")]
    private partial void LogBlocked(string remoteAddress, string path);
}
