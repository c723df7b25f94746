using System.Security.Cryptography;
using System.Text;
using CallFlow.AspNetCore.Security;
using Microsoft.AspNetCore.DataProtection;

namespace CallFlow.AspNetCore.Inspector;

/// <summary>
/// Who may see the inspector: everyone when <c>CallFlow:Admin:ApiKey</c> is not set, else a browser holding the
/// session cookie this class issues after the key was typed on the sign-in page. The cookie holds, encrypted and
/// time-limited by ASP.NET Core data protection, a fingerprint of the key it was issued for, never the key: changing
/// the key signs every browser out.
/// </summary>
internal sealed class InspectorSession(IConfiguration configuration, IDataProtectionProvider protection)
{
    /// <summary>The session cookie's name.</summary>
    public const string CookieName = "CallFlow.Inspector";

    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("CallFlow.Inspector.Session").ToTimeLimitedDataProtector();

    /// <summary>Whether a key must be typed to see the inspector.</summary>
    public bool KeyRequired => !string.IsNullOrEmpty(configuration[AdminApiKeyFilter.ConfigurationKey]);

    /// <summary>Whether <paramref name="http"/> may see the inspector.</summary>
    public bool IsSignedIn(HttpContext http)
    {
        var key = configuration[AdminApiKeyFilter.ConfigurationKey];
        if (string.IsNullOrEmpty(key))
        {
            return true;
        }

        if (!http.Request.Cookies.TryGetValue(CookieName, out var cookie) || string.IsNullOrEmpty(cookie))
        {
            return false;
        }

        try
        {
            return SecretComparer.Matches(_protector.Unprotect(cookie), Fingerprint(key));
        }
        catch (CryptographicException)
        {
            // Expired, tampered with, or issued by another key ring: the browser signs in again.
            return false;
        }
    }

    /// <summary>Issues the session cookie when <paramref name="presented"/> is the admin API key; false when it is not.</summary>
    public bool TrySignIn(HttpContext http, string presented)
    {
        var key = configuration[AdminApiKeyFilter.ConfigurationKey];
        if (string.IsNullOrEmpty(key) || !SecretComparer.Matches(presented, key))
        {
            return false;
        }

        http.Response.Cookies.Append(CookieName, _protector.Protect(Fingerprint(key), Lifetime), CookieOptions(http));
        return true;
    }

    /// <summary>Removes the session cookie.</summary>
    public void SignOut(HttpContext http) => http.Response.Cookies.Delete(CookieName, CookieOptions(http));

    private static CookieOptions CookieOptions(HttpContext http) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = http.Request.IsHttps,
        Path = http.Request.PathBase.Add(CallInspectorApi.Root).Value,
        MaxAge = Lifetime,
        IsEssential = true,
    };

    private static string Fingerprint(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
