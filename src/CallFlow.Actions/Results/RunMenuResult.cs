using System.Text.Json.Serialization;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Results;

/// <summary>The result of a <c>run_menu</c>.</summary>
[JsonConverter(typeof(RunMenuResultConverter))]
public sealed class RunMenuResult : ActionResult
{
    /// <summary><c>selected_digit</c> (assumed name; <c>digit</c> is read too): the key the caller pressed.</summary>
    public char? SelectedDigit { get; set; }
}
