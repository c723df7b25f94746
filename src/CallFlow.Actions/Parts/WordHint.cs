namespace CallFlow.Actions.Parts;

/// <summary>A hint to the speech recogniser: words or phrases likely to be said, <c>{"words": ["Bedfordshire"]}</c> (REST API v2 speech recognition options page).</summary>
public sealed class WordHint : WireObject
{
    /// <summary>Creates a hint with no words yet.</summary>
    public WordHint()
    {
    }

    /// <summary>Creates a hint for the given words or phrases.</summary>
    public WordHint(params IEnumerable<string> words) => Words.AddRange(words);

    /// <summary><c>words</c>: the words or phrases the caller is likely to say.</summary>
    public List<string> Words { get; set; } = [];
}
