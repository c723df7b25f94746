namespace CallFlow.Actions.Results;

/// <summary>The result of a <c>get_number</c>.</summary>
public sealed class GetNumberResult : ActionResult
{
    /// <summary><c>entered_number</c>: the digits the caller entered, without the end digit.</summary>
    public string? EnteredNumber { get; set; }
}
