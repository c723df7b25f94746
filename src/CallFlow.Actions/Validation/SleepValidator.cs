using CallFlow.Actions.Verbs;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A sleep needs a positive number of seconds.</summary>
public sealed class SleepValidator : WireValidator<Sleep>
{
    /// <summary>Declares the rule.</summary>
    public SleepValidator() => Wire(s => s.Seconds).Required().Positive();
}
