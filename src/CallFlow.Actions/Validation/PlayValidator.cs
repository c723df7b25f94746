using CallFlow.Actions.Verbs;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A play needs at least one valid item.</summary>
public sealed class PlayValidator : WireValidator<Play>
{
    /// <summary>The shared instance (validators hold no state).</summary>
    public static PlayValidator Instance { get; } = new();

    /// <summary>Declares the rules.</summary>
    public PlayValidator()
    {
        Wire(play => play.PlayList).Required();
        WireEach(play => play.PlayList).NotNull().WithMessage("must not be null").SetValidator(MediaItemValidator.Instance);
        Wire(play => play.BargeInOnSpeechOptions).SetValidator(new SpeechBargeInOptionsValidator()!);
    }
}
