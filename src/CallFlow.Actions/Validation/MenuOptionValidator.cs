using CallFlow.Actions.Parts;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A menu option needs a key and a page.</summary>
public sealed class MenuOptionValidator : WireValidator<MenuOption>
{
    /// <summary>Declares the rules.</summary>
    public MenuOptionValidator()
    {
        Wire(o => o.Digit).Required().IsKey();
        Wire(o => o.NextPage).Required().SetValidator(WebPageRequestValidator.Instance!);
    }
}
