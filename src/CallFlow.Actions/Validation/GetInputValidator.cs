using CallFlow.Actions.Verbs;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A get_input needs a next page; its mode must be documented, and its options and messages valid.</summary>
public sealed class GetInputValidator : WireValidator<GetInput>
{
    /// <summary>Declares the rules.</summary>
    public GetInputValidator()
    {
        Wire(g => g.NextPage).Required().SetValidator(WebPageRequestValidator.Instance!);
        Wire(g => g.Prompt).SetValidator(WrappedPlayValidator.Instance!);
        Wire(g => g.SpeechInputMode).OneOf(GetInput.SpeechInputModes);
        Wire(g => g.SpeechRecognitionOptions).SetValidator(SpeechRecognitionOptionsValidator.Instance!);
        Wire(g => g.DigitInputOptions).SetValidator(new DigitInputOptionsValidator()!);
        WirePlays(g => g.OnInputTimeoutMessages);
        WirePlays(g => g.OnInvalidInputMessages);
    }
}
