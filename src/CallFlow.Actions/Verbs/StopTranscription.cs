namespace CallFlow.Actions.Verbs;

/// <summary><c>stop_transcription</c>: stops the call's transcriptions; written as <c>{"stop_transcription": {}}</c> (REST API v2 stop transcription page). Has no action result.</summary>
public sealed class StopTranscription : TelephonyAction
{
}
