using System.Net.Http.Headers;
using System.Text;

namespace CallFlow.Simulator.Http;

/// <summary>HTTP Basic credentials for the page routes (the server's <c>CallFlow:PageAuth:Username</c> / <c>Password</c>).</summary>
/// <param name="Username">The user name.</param>
/// <param name="Password">The password.</param>
public sealed record PageCredentials(string Username, string Password)
{
    /// <summary>The <c>Authorization</c> header the platform sends with these credentials.</summary>
    public AuthenticationHeaderValue ToHeader() =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Username}:{Password}")));

    /// <inheritdoc />
    public override string ToString() => $"{Username}:***";
}
