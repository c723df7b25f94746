namespace CallFlow.Actions.Parts;

/// <summary>
/// A cipher that encrypts or decrypts a file or a call recording: <c>{"type": "aescbc", "key": "...", "initialisation_vector": "..."}</c>
/// (REST API HTTP response and record pages; the v2 cipher page itself was not found, see docs/protocol.md).
/// </summary>
public sealed class Cipher : WireObject
{
    /// <summary>The <c>type</c> of AES in CBC mode, the only type the platform supports.</summary>
    public const string AesCbc = "aescbc";

    /// <summary>Creates an empty cipher (its type, key and initialisation vector are required before sending).</summary>
    public Cipher()
    {
    }

    /// <summary>Creates an AES-CBC cipher from a key of 16, 24 or 32 bytes and an initialisation vector of 16 bytes, each written in hexadecimal.</summary>
    public Cipher(string key, string initialisationVector)
    {
        Type = AesCbc;
        Key = key;
        InitialisationVector = initialisationVector;
    }

    /// <summary><c>type</c> (required): the kind of cipher; currently only <c>aescbc</c> (AES, CBC mode).</summary>
    public string? Type { get; set; }

    /// <summary><c>key</c> (required for aescbc): 128, 192 or 256 bits, written as 16, 24 or 32 hexadecimal bytes.</summary>
    public string? Key { get; set; }

    /// <summary><c>initialisation_vector</c> (required for aescbc): 128 bits, written as 16 hexadecimal bytes.</summary>
    public string? InitialisationVector { get; set; }
}
