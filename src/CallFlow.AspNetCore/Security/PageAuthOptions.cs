namespace CallFlow.AspNetCore.Security;

/// <summary>HTTP Basic credentials the platform must present on page routes, from <c>CallFlow:PageAuth</c>. Unset: pages are open.</summary>
public sealed class PageAuthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CallFlow:PageAuth";

    /// <summary><c>CallFlow:PageAuth:Username</c>.</summary>
    public string? Username { get; set; }

    /// <summary><c>CallFlow:PageAuth:Password</c>.</summary>
    public string? Password { get; set; }

    /// <summary>Whether page requests must authenticate.</summary>
    public bool Enabled => !string.IsNullOrEmpty(Username) || !string.IsNullOrEmpty(Password);
}
