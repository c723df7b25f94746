using CallFlow.Actions.Verbs;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A get_number needs a next page; an unlimited one (digit_count 0) needs an explicit end digit; keys must be keys.</summary>
public sealed class GetNumberValidator : WireValidator<GetNumber>
{
    /// <summary>Declares the rules.</summary>
    public GetNumberValidator()
    {
        Wire(g => g.NextPage).Required().SetValidator(WebPageRequestValidator.Instance!);
        Wire(g => g.Prompt).SetValidator(WrappedPlayValidator.Instance!);
        Wire(g => g.DigitCount).NotNegative();
        Wire(g => g.EndDigit).IsKey();
        Wire(g => g.EndDigit).NotNull().When(g => g.DigitCount == 0)
            .WithMessage("is required when digit_count is 0 (unlimited): the caller needs a key that ends the number");
        Wire(g => g.ValidDigits).AreKeys();
        Wire(g => g.HelpDigit).IsKey();
        Wire(g => g.EndDigit)
            .Must((g, end) => end is null || g.ValidDigits is null || !g.ValidDigits.Contains(end.Value))
            .WithMessage("must not be one of valid_digits");
        Wire(g => g.SecondsTimeout).Positive();
        Wire(g => g.MillisecondsInterDigitTimeout).Positive();
        Wire(g => g.MillisecondsInitialTimeout).Positive();
    }
}
