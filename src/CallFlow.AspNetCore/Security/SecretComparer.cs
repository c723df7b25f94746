using System.Security.Cryptography;
using System.Text;

namespace CallFlow.AspNetCore.Security;

/// <summary>Compares a presented secret with the configured one in constant time, whatever their lengths.</summary>
public static class SecretComparer
{
    /// <summary>Whether <paramref name="presented"/> equals <paramref name="expected"/>; the time taken does not depend on where they differ.</summary>
    public static bool Matches(ReadOnlySpan<char> presented, string expected)
    {
        // Hashing first gives both sides one length, so even the length of the secret does not leak.
        Span<byte> presentedHash = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> expectedHash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented.ToArray()), presentedHash);
        SHA256.HashData(Encoding.UTF8.GetBytes(expected), expectedHash);
        return CryptographicOperations.FixedTimeEquals(presentedHash, expectedHash);
    }
}
