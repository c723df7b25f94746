using System.ComponentModel.DataAnnotations;

namespace CallFlow.AspNetCore.Security;

/// <summary>
/// How many failed authentications (page Basic auth, admin API key) one client address may make per window before its
/// requests are refused with 429, from <c>CallFlow:Security:FailedAuth</c>.
/// </summary>
public sealed class FailedAuthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CallFlow:Security:FailedAuth";

    /// <summary><c>CallFlow:Security:FailedAuth:PermitLimit</c>: failed attempts allowed per address per window; 0 turns the limit off. Default 30.</summary>
    [Range(0, 100_000, ErrorMessage = "CallFlow:Security:FailedAuth:PermitLimit must be between 0 (no limit) and 100000.")]
    public int PermitLimit { get; set; } = 30;

    /// <summary><c>CallFlow:Security:FailedAuth:Window</c>: the fixed window the limit counts in. Default one minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "CallFlow:Security:FailedAuth:Window must be between 1 s and 1 day.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
