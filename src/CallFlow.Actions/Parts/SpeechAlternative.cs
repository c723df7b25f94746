namespace CallFlow.Actions.Parts;

/// <summary>One way a phrase may have been said: <c>{"text": "That's all folks", "confidence": 0.93}</c> (REST API v2 stop transcription page, results page examples).</summary>
public sealed class SpeechAlternative : WireObject
{
    /// <summary><c>text</c>: the words recognised.</summary>
    public string? Text { get; set; }

    /// <summary><c>confidence</c>: how sure the recogniser is, from 0 to 1; absent on some alternatives.</summary>
    public double? Confidence { get; set; }
}
