using CallFlow.Actions.Verbs;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A connect to conference needs a conference name; its timeouts and nested objects must be valid.</summary>
public sealed class ConnectToConferenceValidator : WireValidator<ConnectToConference>
{
    /// <summary>Declares the rules.</summary>
    public ConnectToConferenceValidator()
    {
        Wire(c => c.Name).Required();
        Wire(c => c.HoldMedia).SetValidator(WrappedPlayValidator.Instance!);
        Wire(c => c.SecondsAnswerTimeout).Positive();
        Wire(c => c.Participant).SetValidator(new ConferenceParticipantValidator()!);
        Wire(c => c.SecondaryCall).SetValidator(SecondaryCallValidator.Instance!);
        Wire(c => c.NextPage).SetValidator(WebPageRequestValidator.Instance!);
    }
}
