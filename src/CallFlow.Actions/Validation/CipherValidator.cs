using CallFlow.Actions.Parts;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A cipher must be aescbc with a key of 16, 24 or 32 hexadecimal bytes and an initialisation vector of 16.</summary>
public sealed class CipherValidator : WireValidator<Cipher>
{
    private static readonly int[] KeyHexLengths = [32, 48, 64];
    private const int InitialisationVectorHexLength = 32;

    /// <summary>The shared instance (validators hold no state).</summary>
    public static CipherValidator Instance { get; } = new();

    /// <summary>Declares the rules.</summary>
    public CipherValidator()
    {
        Wire(c => c.Type).Required().Must(type => type is null || type == Cipher.AesCbc)
            .WithMessage((_, type) => $"must be \"{Cipher.AesCbc}\", the only cipher the platform supports, not \"{type}\"");
        Wire(c => c.Key).Required().Must(key => key is null || (KeyHexLengths.Contains(key.Length) && IsHex(key)))
            .WithMessage("must be 16, 24 or 32 bytes written as 32, 48 or 64 hexadecimal digits");
        Wire(c => c.InitialisationVector).Required().Must(vector => vector is null || (vector.Length == InitialisationVectorHexLength && IsHex(vector)))
            .WithMessage("must be 16 bytes written as 32 hexadecimal digits");
    }

    private static bool IsHex(string text) => text.All(char.IsAsciiHexDigit);
}
