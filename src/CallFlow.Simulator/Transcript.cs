using CallFlow.Actions.Media;
using CallFlow.Actions.Verbs;

namespace CallFlow.Simulator;

/// <summary>The readable account of a simulated call, and the list of what was heard on it.</summary>
internal sealed class Transcript
{
    private readonly List<string> _lines = [];
    private readonly List<string> _heard = [];

    /// <summary>The lines so far.</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>What was heard so far.</summary>
    public IReadOnlyList<string> Heard => _heard;

    /// <summary>Adds a line at <paramref name="indent"/>.</summary>
    public void Add(string indent, string text) => _lines.Add(indent + text);

    /// <summary>Notes that <paramref name="play"/> was heard and describes it: <c>"Welcome", then file music.wav</c>.</summary>
    public string Hear(Play play)
    {
        var items = play.PlayList.Select(Describe).ToList();
        _heard.AddRange(play.PlayList.Select(HeardAs));
        return items.Count == 0 ? "(nothing)" : string.Join(", then ", items);
    }

    private static string Describe(MediaItem item) => item switch
    {
        TextToSay text => $"\"{text.Text}\"",
        FileToPlay file => $"file {file.File}",
        DigitsToPlay digits => $"tones {digits.Digits}",
        _ => item.GetType().Name,
    };

    private static string HeardAs(MediaItem item) => item switch
    {
        TextToSay text => text.Text,
        _ => $"[{Describe(item)}]",
    };
}
