using CallFlow.Actions.Verbs;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A run_menu needs options with distinct keys, none of them the help key; its messages must be valid plays.</summary>
public sealed class RunMenuValidator : WireValidator<RunMenu>
{
    /// <summary>Declares the rules.</summary>
    public RunMenuValidator()
    {
        Wire(m => m.MenuOptions).Required()
            .Must(options => options is null || options.Where(o => o?.Digit is not null).GroupBy(o => o.Digit).All(g => g.Count() == 1))
            .WithMessage("each option needs a different digit");
        WireEach(m => m.MenuOptions).NotNull().WithMessage("must not be null").SetValidator(new MenuOptionValidator());
        Wire(m => m.Prompt).SetValidator(WrappedPlayValidator.Instance!);
        Wire(m => m.HelpDigit).IsKeyOrNone()
            .Must((m, help) => help is null or "" || m.MenuOptions is null || m.MenuOptions.All(o => o?.Digit?.ToString() != help))
            .WithMessage("must not also be an option's digit");
        Wire(m => m.SecondsDigitTimeout).Positive();
        WirePlays(m => m.OnDigitTimeoutMessages);
        WirePlays(m => m.OnInvalidDigitMessages);
    }
}
