using CallFlow.Actions.Parts;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A participant's exit, mute and unmute keys must be keys, and its messages valid plays.</summary>
public sealed class ConferenceParticipantValidator : WireValidator<ConferenceParticipant>
{
    /// <summary>Declares the rules.</summary>
    public ConferenceParticipantValidator()
    {
        Wire(p => p.ExitDigit).IsKeyOrNone();
        Wire(p => p.MuteDigit).IsKeyOrNone();
        Wire(p => p.UnmuteDigit).IsKeyOrNone();
        Wire(p => p.ExitDigit)
            .Must((p, exit) => exit is null or "" || (exit != p.MuteDigit && exit != p.UnmuteDigit))
            .WithMessage("must differ from mute_digit and unmute_digit");
        Wire(p => p.WhileStoppedMedia).SetValidator(WrappedPlayValidator.Instance!);
        Wire(p => p.Name).SetValidator(WrappedPlayValidator.Instance!);
        Wire(p => p.HasJoinedMessage).SetValidator(WrappedPlayValidator.Instance!);
        Wire(p => p.HasLeftMessage).SetValidator(WrappedPlayValidator.Instance!);
    }
}
