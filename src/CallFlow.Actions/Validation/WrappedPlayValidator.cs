using CallFlow.Actions.Verbs;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>
/// Validates a play held by a property (<c>hold_media</c>, <c>prompt</c>...). On the wire that play is a
/// one-key object, so its problems are reported under <c>.play</c>: <c>hold_media.play.play_list</c>.
/// </summary>
public sealed class WrappedPlayValidator : AbstractValidator<Play>
{
    /// <summary>The shared instance (validators hold no state).</summary>
    public static WrappedPlayValidator Instance { get; } = new();

    /// <summary>Declares the rule.</summary>
    public WrappedPlayValidator() => RuleFor(play => play).SetValidator(PlayValidator.Instance).OverridePropertyName("play");
}
