using CallFlow.Actions.Verbs;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A redirect needs the page to go to.</summary>
public sealed class RedirectValidator : WireValidator<Redirect>
{
    /// <summary>Declares the rule.</summary>
    public RedirectValidator() => Wire(r => r.NextPage).Required().SetValidator(WebPageRequestValidator.Instance!);
}
