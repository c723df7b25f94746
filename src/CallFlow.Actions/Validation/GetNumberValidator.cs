using CallFlow.Actions.Verbs;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>
/// A get_number needs a next page; keys must be keys; an unlimited one (digit_count 0, the default) must not turn the
/// end digit off (<c>end_digit: ""</c>), since nothing would end the number. A timeout of 0 has a documented meaning
/// (seconds_timeout 0 returns at once; an inter-digit timeout of 0 or less is off), so only a negative seconds_timeout is refused.
/// </summary>
public sealed class GetNumberValidator : WireValidator<GetNumber>
{
    /// <summary>Declares the rules.</summary>
    public GetNumberValidator()
    {
        Wire(g => g.NextPage).Required().SetValidator(WebPageRequestValidator.Instance!);
        Wire(g => g.Prompt).SetValidator(WrappedPlayValidator.Instance!);
        Wire(g => g.DigitCount).NotNegative();
        Wire(g => g.EndDigit).IsKeyOrNone();
        Wire(g => g.EndDigit).NotEqual("").When(g => g.DigitCount is null or 0)
            .WithMessage("must not be \"\" (no end digit) while digit_count is 0 (unlimited): nothing would end the number");
        Wire(g => g.ValidDigits).AreKeys();
        Wire(g => g.HelpDigit).IsKeyOrNone();
        Wire(g => g.EndDigit)
            .Must((g, end) => end is null or "" || g.ValidDigits is null || !g.ValidDigits.Contains(end, StringComparison.Ordinal))
            .WithMessage("must not be one of valid_digits");
        Wire(g => g.SecondsTimeout).NotNegative();
    }
}
