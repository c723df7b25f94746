using CallFlow.Actions.Parts;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>Digit input options ask for at most 32 digits, and name only keys.</summary>
public sealed class DigitInputOptionsValidator : WireValidator<DigitInputOptions>
{
    /// <summary>Declares the rules.</summary>
    public DigitInputOptionsValidator()
    {
        Wire(o => o.DigitCount).Between(0, DigitInputOptions.MaxDigitCount);
        Wire(o => o.EndDigit).IsKeyOrNone();
        Wire(o => o.ValidDigits).AreKeys();
    }
}
