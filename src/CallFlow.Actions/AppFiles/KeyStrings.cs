using CallFlow.Actions.Validation;

namespace CallFlow.Actions.AppFiles;

/// <summary>One shared string per telephone key, so turning a selected digit into text allocates nothing.</summary>
internal static class KeyStrings
{
    private static readonly string[] Strings = Keys.Alphabet.Select(key => key.ToString()).ToArray();

    internal static string Of(char key)
    {
        var index = Keys.Alphabet.IndexOf(key, StringComparison.Ordinal);
        return index >= 0 ? Strings[index] : key.ToString();
    }
}
