namespace CallFlow.Actions.Results;

/// <summary>The result of a <c>run_speech_menu</c> (the v2 page's Returns section was not found: the names are assumed, see docs/protocol.md).</summary>
public sealed class RunSpeechMenuResult : ActionResult
{
    /// <summary><c>input_type</c>: <c>speech</c> when the caller said an option's word, <c>digits</c> when a key was pressed.</summary>
    public string? InputType { get; set; }

    /// <summary><c>input</c>: the word recognised or the key pressed.</summary>
    public string? Input { get; set; }
}
