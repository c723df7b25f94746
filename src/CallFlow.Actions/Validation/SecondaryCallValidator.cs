using CallFlow.Actions.Parts;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A secondary call's duration must be positive and its pages valid.</summary>
public sealed class SecondaryCallValidator : WireValidator<SecondaryCall>
{
    /// <summary>The shared instance (validators hold no state).</summary>
    public static SecondaryCallValidator Instance { get; } = new();

    /// <summary>Declares the rules.</summary>
    public SecondaryCallValidator()
    {
        Wire(s => s.CallRecordingMode).OneOf(SecondaryCall.CallRecordingModes);
        Wire(s => s.CallRecordingCipher).SetValidator(CipherValidator.Instance!);
        Wire(s => s.MinutesMaxCallDuration).Positive();
        Wire(s => s.FirstPage).SetValidator(WebPageRequestValidator.Instance!);
        Wire(s => s.FinalPage).SetValidator(WebPageRequestValidator.Instance!);
        Wire(s => s.ErrorPage).SetValidator(WebPageRequestValidator.Instance!);
    }
}
