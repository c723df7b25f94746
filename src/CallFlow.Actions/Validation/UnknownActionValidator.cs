using System.Text.Json;
using CallFlow.Actions.Verbs;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>
/// An action this model does not know is passed through as it was read; all that can be checked is that it has a
/// name and that its properties are an object, as every action's are.
/// </summary>
public sealed class UnknownActionValidator : AbstractValidator<UnknownAction>
{
    /// <summary>Declares the rules.</summary>
    public UnknownActionValidator()
    {
        RuleFor(a => a.Name).Required().OverridePropertyName("name");
        RuleFor(a => a.Properties.ValueKind).Equal(JsonValueKind.Object)
            .WithMessage((a, _) => $"the properties of \"{a.Name}\" must be an object").OverridePropertyName("properties");
    }
}
