using CallFlow.Actions.Verbs;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A connect needs at least one valid destination; its timeouts and nested objects must be valid.</summary>
public sealed class ConnectValidator : WireValidator<Connect>
{
    /// <summary>Declares the rules.</summary>
    public ConnectValidator()
    {
        Wire(c => c.Destinations).Required();
        WireEach(c => c.Destinations).Must(Destinations.IsValid)
            .WithMessage((_, destination) => $"\"{destination}\" {Destinations.Problem(destination)}");
        Wire(c => c.CallFrom).Must(from => from is null || Destinations.IsValid(from))
            .WithMessage((_, from) => $"\"{from}\" {Destinations.Problem(from)}");
        Wire(c => c.HoldMedia).SetValidator(WrappedPlayValidator.Instance!);
        Wire(c => c.PassEarlyMedia)
            .Must((c, pass) => pass != true || c.Destinations is null || c.Destinations.Count <= 1)
            .WithMessage((c, _) => $"needs exactly one destination, not {c.Destinations.Count}")
            .Must((c, pass) => pass != true || c.SecondaryCall?.FirstPage is null)
            .WithMessage("cannot be used when the secondary call has a first_page");
        Wire(c => c.SecondsAnswerTimeout).Positive();
        Wire(c => c.ClassifyCallee).SetValidator(ClassifyCalleeValidator.Instance!);
        Wire(c => c.SecondaryCall).SetValidator(SecondaryCallValidator.Instance!);
        Wire(c => c.NextPage).SetValidator(WebPageRequestValidator.Instance!);
    }
}
