using CallFlow.Actions.Parts;

namespace CallFlow.Actions.Validation;

/// <summary>Every answering machine timing must be positive.</summary>
public sealed class AnsweringMachineReadyToRecordValidator : WireValidator<AnsweringMachineReadyToRecord>
{
    /// <summary>Declares the rules.</summary>
    public AnsweringMachineReadyToRecordValidator()
    {
        Wire(a => a.MillisecondsMinBeepDuration).Positive();
        Wire(a => a.MillisecondsPostBeepSilence).Positive();
        Wire(a => a.MillisecondsNoBeepSilence).Positive();
        Wire(a => a.SecondsMaxMessageDuration).Positive();
    }
}
