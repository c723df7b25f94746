using CallFlow.Actions.Parts;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>Speech recognition options return 1 to 3 alternatives; their hints hold words and their model options are objects.</summary>
public sealed class SpeechRecognitionOptionsValidator : WireValidator<SpeechRecognitionOptions>
{
    /// <summary>The shared instance (validators hold no state).</summary>
    public static SpeechRecognitionOptionsValidator Instance { get; } = new();

    /// <summary>Declares the rules.</summary>
    public SpeechRecognitionOptionsValidator()
    {
        Wire(o => o.MaxAlternatives).Between(SpeechRecognitionOptions.FewestAlternatives, SpeechRecognitionOptions.MostAlternatives);
        WireEach(o => o.WordHints).NotNull().WithMessage("must not be null").SetValidator(new WordHintRules());
        Wire(o => o.SpeechModelOptions).IsObject();
        Wire(o => o.SpeechModelOptionsOutbound).IsObject();
    }

    private sealed class WordHintRules : WireValidator<WordHint>
    {
        public WordHintRules() => WireEach(h => h.Words).NotNull().WithMessage("must not be null");
    }
}
