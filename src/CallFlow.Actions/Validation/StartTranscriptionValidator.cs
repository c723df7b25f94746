using CallFlow.Actions.Verbs;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A start_transcription needs a results page; its mode must be documented and its options valid.</summary>
public sealed class StartTranscriptionValidator : WireValidator<StartTranscription>
{
    /// <summary>Declares the rules.</summary>
    public StartTranscriptionValidator()
    {
        Wire(s => s.ResultsPage).Required().SetValidator(WebPageRequestValidator.Instance!);
        Wire(s => s.TranscriptionMode).OneOf(StartTranscription.TranscriptionModes);
        Wire(s => s.SpeechRecognitionOptions).SetValidator(SpeechRecognitionOptionsValidator.Instance!);
    }
}
