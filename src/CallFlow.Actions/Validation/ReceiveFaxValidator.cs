using CallFlow.Actions.Verbs;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A receive_fax needs a next page; its other pages and its cipher must be valid.</summary>
public sealed class ReceiveFaxValidator : WireValidator<ReceiveFax>
{
    /// <summary>Declares the rules.</summary>
    public ReceiveFaxValidator()
    {
        Wire(r => r.NextPage).Required().SetValidator(WebPageRequestValidator.Instance!);
        Wire(r => r.ProgressPage).SetValidator(WebPageRequestValidator.Instance!);
        Wire(r => r.EncryptionCipher).SetValidator(CipherValidator.Instance!);
        Wire(r => r.FaxAvailablePage).SetValidator(WebPageRequestValidator.Instance!);
    }
}
