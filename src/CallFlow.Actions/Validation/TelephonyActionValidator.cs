using CallFlow.Actions.Serialization;
using CallFlow.Actions.Verbs;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>
/// Validates any action with the validator of its type, reporting problems under the action's wire name
/// (<c>connect.destinations</c>). An action type without a validator is a failure, never silently passed.
/// </summary>
public sealed class TelephonyActionValidator : AbstractValidator<TelephonyAction>
{
    private readonly HashSet<Type> _validatedTypes = [];

    /// <summary>The shared instance (validators hold no state).</summary>
    public static TelephonyActionValidator Instance { get; } = new();

    /// <summary>Registers the validator of every action type.</summary>
    public TelephonyActionValidator()
    {
        Add(new AnswerValidator());
        Add(new RejectValidator());
        Add(PlayValidator.Instance);
        Add(new ConnectValidator());
        Add(new ConnectToConferenceValidator());
        Add(new GetNumberValidator());
        Add(new GetInputValidator());
        Add(new RunMenuValidator());
        Add(new RunSpeechMenuValidator());
        Add(new RecordValidator());
        Add(new SendFaxValidator());
        Add(new ReceiveFaxValidator());
        Add(new StartTranscriptionValidator());
        Add(new StopTranscriptionValidator());
        Add(new RedirectValidator());
        Add(new HangUpValidator());
        Add(new SleepValidator());
        Add(new UnknownActionValidator());

        RuleFor(action => action)
            .Must(action => _validatedTypes.Contains(action.GetType()))
            .WithMessage((_, action) => $"{action.GetType().Name} has no validator; register one in {nameof(TelephonyActionValidator)}")
            .OverridePropertyName("type");
    }

    /// <summary>The action types this validator knows how to validate.</summary>
    public IReadOnlySet<Type> ValidatedTypes => _validatedTypes;

    private void Add<TAction>(IValidator<TAction> validator)
        where TAction : TelephonyAction
    {
        _validatedTypes.Add(typeof(TAction));
        var segment = typeof(TAction) == typeof(UnknownAction) ? "" : ActionRegistry.ForType(typeof(TAction)).Name;
        RuleFor(action => action as TAction).SetValidator(validator!).OverridePropertyName(segment);
    }
}
