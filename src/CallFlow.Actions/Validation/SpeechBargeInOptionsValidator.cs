using CallFlow.Actions.Parts;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>Speech barge in options list phrases, not nulls, and their model options are an object.</summary>
public sealed class SpeechBargeInOptionsValidator : WireValidator<SpeechBargeInOptions>
{
    /// <summary>Declares the rules.</summary>
    public SpeechBargeInOptionsValidator()
    {
        WireEach(o => o.BargeInPhrases).NotNull().WithMessage("must not be null");
        Wire(o => o.SpeechModelOptions).IsObject();
    }
}
