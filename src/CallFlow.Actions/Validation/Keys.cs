namespace CallFlow.Actions.Validation;

/// <summary>The telephone keys (DTMF digits) the platform knows.</summary>
public static class Keys
{
    /// <summary>Every valid key: <c>0123456789ABCD#*</c>.</summary>
    public const string Alphabet = "0123456789ABCD#*";

    /// <summary>Whether <paramref name="key"/> is one of <see cref="Alphabet"/>.</summary>
    public static bool IsKey(char key) => Alphabet.Contains(key, StringComparison.Ordinal);

    /// <summary>Whether every character of <paramref name="keys"/> is one of <see cref="Alphabet"/>.</summary>
    public static bool AreKeys(string keys) => keys.All(IsKey);
}
