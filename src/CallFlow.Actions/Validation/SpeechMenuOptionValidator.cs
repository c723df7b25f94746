using CallFlow.Actions.Parts;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A speech menu option needs a page, and a word or a key that selects it.</summary>
public sealed class SpeechMenuOptionValidator : WireValidator<SpeechMenuOption>
{
    /// <summary>Declares the rules.</summary>
    public SpeechMenuOptionValidator()
    {
        Wire(o => o.Word).Must((o, word) => !string.IsNullOrEmpty(word) || o.Digit is not null)
            .WithMessage("is required when the option has no digit: an option is selected by its word or its key");
        Wire(o => o.Digit).IsKey();
        Wire(o => o.NextPage).Required().SetValidator(WebPageRequestValidator.Instance!);
    }
}
