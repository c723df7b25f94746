using CallFlow.Actions.Verbs;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>An answer's extra SIP headers must be valid headers.</summary>
public sealed class AnswerValidator : WireValidator<Answer>
{
    /// <summary>Declares the rule.</summary>
    public AnswerValidator() =>
        WireEach(a => a.ExtraSipHeaders).NotNull().WithMessage("must not be null").SetValidator(new SipHeaderValidator());
}
