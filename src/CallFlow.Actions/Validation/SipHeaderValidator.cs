using CallFlow.Actions.Parts;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A SIP header needs a name and a value (which may be empty).</summary>
public sealed class SipHeaderValidator : WireValidator<SipHeader>
{
    /// <summary>Declares the rules.</summary>
    public SipHeaderValidator()
    {
        Wire(h => h.Name).Required()
            .Must(name => name is null || !name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == ':'))
            .WithMessage((_, name) => $"\"{name}\" is not a SIP header name: it holds white space, a control character or ':'");
        Wire(h => h.Value).NotNull().WithMessage("is required");
    }
}
