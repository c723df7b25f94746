namespace CallFlow.AspNetCore.Pages;

/// <summary>Signing of the apps' <c>token</c>, from <c>CallFlow:Tokens</c>. Unset: tokens travel as the apps wrote them.</summary>
public sealed class TokenSigningOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CallFlow:Tokens";

    /// <summary>The shortest signing key accepted: HMAC-SHA256 wants at least as many bytes of key as it outputs.</summary>
    public const int MinKeyLength = 32;

    /// <summary>
    /// <c>CallFlow:Tokens:SigningKey</c>: the HMAC-SHA256 key (at least 32 characters). When set, every token sent to the
    /// platform is signed and every token coming back is checked. Every node serving the same calls needs the same key.
    /// </summary>
    public string? SigningKey { get; set; }
}
