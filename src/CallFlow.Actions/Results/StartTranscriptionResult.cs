using CallFlow.Actions.Parts;

namespace CallFlow.Actions.Results;

/// <summary>
/// A result of a <c>start_transcription</c>, sent to its results page as phrases become available
/// (REST API v2 stop transcription page, results page examples).
/// </summary>
public sealed class StartTranscriptionResult : ActionResult
{
    /// <summary><c>transcription</c>: the phrases recognised since the previous result.</summary>
    public List<TranscriptionPhrase>? Transcription { get; set; }

    /// <summary><c>id</c>: the user-defined id of the transcription.</summary>
    public string? Id { get; set; }

    /// <summary><c>completed</c>: true on the last result of the transcription.</summary>
    public bool? Completed { get; set; }
}
