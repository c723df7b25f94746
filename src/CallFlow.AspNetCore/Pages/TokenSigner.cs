using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.Pages;

/// <summary>
/// Signs the state an app keeps in <c>token</c> so that nobody can forge or edit it between pages: a signed token is
/// <c>{token}.{HMAC-SHA256 of token, base64url}</c>. The platform hands the token back unchanged, so a signature that
/// does not check out means the request was not built from a token CallFlow sent. With no key configured the signer
/// passes tokens through unchanged.
/// </summary>
public sealed class TokenSigner
{
    /// <summary>How many characters signing adds to a token: the separator and 32 bytes of base64url.</summary>
    public const int SignatureLength = 1 + 43;

    private readonly byte[]? _key;

    /// <summary>Creates the signer from <c>CallFlow:Tokens:SigningKey</c>.</summary>
    public TokenSigner(IOptions<TokenSigningOptions> options) =>
        _key = string.IsNullOrEmpty(options.Value.SigningKey) ? null : Encoding.UTF8.GetBytes(options.Value.SigningKey);

    /// <summary>Whether a signing key is configured.</summary>
    public bool Enabled => _key is not null;

    /// <summary><paramref name="token"/> with its signature appended (unchanged without a key, or when null).</summary>
    public string? Sign(string? token) => _key is null || token is null ? token : token + "." + Signature(token);

    /// <summary>
    /// Checks a token that came back from the platform: true with the app's own token when the signature holds (or
    /// when there is no key, or no token); false when the token was forged or edited.
    /// </summary>
    public bool TryVerify(string? signed, out string? token)
    {
        token = signed;
        if (_key is null || signed is null)
        {
            return true;
        }

        var dot = signed.LastIndexOf('.');
        if (dot < 0)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Signature(signed[..dot]));
        var presented = Encoding.UTF8.GetBytes(signed[(dot + 1)..]);
        if (!CryptographicOperations.FixedTimeEquals(expected, presented))
        {
            return false;
        }

        token = signed[..dot];
        return true;
    }

    private string Signature(string token)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(token), mac);
        return Base64Url.EncodeToString(mac);
    }
}
