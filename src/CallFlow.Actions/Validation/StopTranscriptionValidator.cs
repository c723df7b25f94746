using CallFlow.Actions.Verbs;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A stop_transcription has no properties, so it is always valid; it has a validator so no action type goes unvalidated by omission.</summary>
public sealed class StopTranscriptionValidator : AbstractValidator<StopTranscription>
{
}
