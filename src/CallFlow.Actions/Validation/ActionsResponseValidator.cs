using CallFlow.Actions.Responses;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>
/// Validates a whole response before it is sent: api_version 2.0, a token of at most 5000 characters, and every
/// action by its own rules, with problems reported by wire path (<c>actions[1].connect.destinations</c>).
/// </summary>
public sealed class ActionsResponseValidator : WireValidator<ActionsResponse>
{
    /// <summary>The shared instance (validators hold no state).</summary>
    public static ActionsResponseValidator Instance { get; } = new();

    /// <summary>Declares the rules.</summary>
    public ActionsResponseValidator()
    {
        Wire(r => r.ApiVersion).Equal(ActionsResponse.CurrentApiVersion)
            .WithMessage((_, version) => $"must be \"{ActionsResponse.CurrentApiVersion}\", not \"{version}\"");
        Wire(r => r.Token).MaximumLength(ActionsResponse.MaxTokenLength)
            .WithMessage((_, token) => $"must be at most {ActionsResponse.MaxTokenLength} characters, not {token!.Length}");
        Wire(r => r.CallRecordingCipher).SetValidator(CipherValidator.Instance!);
        Wire(r => r.Actions).NotNull().WithMessage("is required (it may be empty)");
        WireEach(r => r.Actions).NotNull().WithMessage("must not be null").SetValidator(TelephonyActionValidator.Instance);
    }
}
