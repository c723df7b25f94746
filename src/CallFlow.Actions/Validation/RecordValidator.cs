using CallFlow.Actions.Verbs;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A record needs a next page; its limits must be positive and its format alaw or ulaw.</summary>
public sealed class RecordValidator : WireValidator<Record>
{
    /// <summary>Declares the rules.</summary>
    public RecordValidator()
    {
        Wire(r => r.NextPage).Required().SetValidator(WebPageRequestValidator.Instance!);
        Wire(r => r.BargeInDigits).AreKeys();
        Wire(r => r.SecondsMaxDuration).Positive();
        Wire(r => r.MillisecondsMaxSilence).Positive();
        Wire(r => r.MillisecondsMaxInitialSilence).NotNegative();
        Wire(r => r.Format).Must(format => format is null or "alaw" or "ulaw")
            .WithMessage((_, format) => $"must be alaw or ulaw, not \"{format}\"");
        Wire(r => r.EncryptionCipher).SetValidator(CipherValidator.Instance!);
        Wire(r => r.RecordingAvailablePage).SetValidator(WebPageRequestValidator.Instance!);
    }
}
