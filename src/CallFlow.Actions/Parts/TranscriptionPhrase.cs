namespace CallFlow.Actions.Parts;

/// <summary>
/// One phrase of a transcription result: its alternatives, whether it is final, and the direction of the audio
/// (REST API v2 stop transcription page, results page examples).
/// </summary>
public sealed class TranscriptionPhrase : WireObject
{
    /// <summary>The <c>direction</c> of audio coming from the call.</summary>
    public const string Inbound = "inbound";

    /// <summary>The <c>direction</c> of audio going to the call.</summary>
    public const string Outbound = "outbound";

    /// <summary><c>alternatives</c>: the ways the phrase may have been said, the most likely first.</summary>
    public List<SpeechAlternative>? Alternatives { get; set; }

    /// <summary><c>final</c>: false for an interim result that may still change, true once the phrase is settled.</summary>
    public bool? Final { get; set; }

    /// <summary><c>stability</c>: for an interim result, how likely it is to stay as it is, from 0 to 1.</summary>
    public double? Stability { get; set; }

    /// <summary><c>direction</c>: <c>inbound</c> or <c>outbound</c> audio (the example names inbound; further values were not found).</summary>
    public string? Direction { get; set; }
}
