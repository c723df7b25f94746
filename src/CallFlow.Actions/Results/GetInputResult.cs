namespace CallFlow.Actions.Results;

/// <summary>The result of a <c>get_input</c> (the v2 page's Returns section was not found: the names are assumed, see docs/protocol.md).</summary>
public sealed class GetInputResult : ActionResult
{
    /// <summary><c>input_type</c>: <c>speech</c> when the caller spoke, <c>digits</c> when keys were pressed.</summary>
    public string? InputType { get; set; }

    /// <summary><c>input</c>: the recognised speech or the digits entered.</summary>
    public string? Input { get; set; }
}
