using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.Validation;

/// <summary>A reject's cause must be one the platform documents (a raw cause, which overrides it, is any text).</summary>
public sealed class RejectValidator : WireValidator<Reject>
{
    /// <summary>Declares the rule.</summary>
    public RejectValidator() => Wire(r => r.Cause).OneOf(Reject.Causes);
}
