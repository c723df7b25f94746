using CallFlow.Actions.Verbs;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A send_fax needs the fax to send; a decryption cipher only decrypts a stored file; its pages must be valid.</summary>
public sealed class SendFaxValidator : WireValidator<SendFax>
{
    /// <summary>Declares the rules.</summary>
    public SendFaxValidator()
    {
        Wire(s => s.FaxToSend).NotNull().WithMessage("is required").SetValidator(MediaFileValidator.Instance!);
        Wire(s => s.ProgressPage).SetValidator(WebPageRequestValidator.Instance!);
        Wire(s => s.NextPage).SetValidator(WebPageRequestValidator.Instance!);
        Wire(s => s.DecryptionCipher).OnlyForStoredFile(s => s.FaxToSend, WireNames.Of(typeof(SendFax), nameof(SendFax.FaxToSend)))
            .SetValidator(CipherValidator.Instance!);
    }
}
