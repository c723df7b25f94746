using CallFlow.Actions.Parts;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>Classification timeouts and answering machine settings must be positive.</summary>
public sealed class ClassifyCalleeValidator : WireValidator<ClassifyCallee>
{
    /// <summary>The shared instance (validators hold no state).</summary>
    public static ClassifyCalleeValidator Instance { get; } = new();

    /// <summary>Declares the rules.</summary>
    public ClassifyCalleeValidator()
    {
        Wire(c => c.MillisecondsTimeout).Positive();
        Wire(c => c.AnsweringMachineReadyToRecord).SetValidator(new AnsweringMachineReadyToRecordValidator()!);
    }
}
