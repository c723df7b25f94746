using CallFlow.Actions.Verbs;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A run_speech_menu needs at least one valid option; its keys must be keys and its messages valid plays.</summary>
public sealed class RunSpeechMenuValidator : WireValidator<RunSpeechMenu>
{
    /// <summary>Declares the rules.</summary>
    public RunSpeechMenuValidator()
    {
        Wire(m => m.MenuOptions).Required();
        WireEach(m => m.MenuOptions).NotNull().WithMessage("must not be null").SetValidator(new SpeechMenuOptionValidator());
        Wire(m => m.Prompt).SetValidator(WrappedPlayValidator.Instance!);
        Wire(m => m.SpeechModelOptions).IsObject();
        Wire(m => m.HelpDigit).IsKeyOrNone();
        WirePlays(m => m.OnInputTimeoutMessages);
        WirePlays(m => m.OnInvalidInputMessages);
    }
}
