using CallFlow.Actions.Parts;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>
/// A media file (<c>file_to_play</c>, <c>fax_to_send</c>) needs a file name, or a valid web page request whose method is
/// GET, the only one the platform supports for fetching a file.
/// </summary>
public sealed class MediaFileValidator : AbstractValidator<MediaFile>
{
    /// <summary>The shared instance (validators hold no state).</summary>
    public static MediaFileValidator Instance { get; } = new();

    /// <summary>Declares the rules; problems are reported at the property holding the file.</summary>
    public MediaFileValidator()
    {
        RuleFor(f => f.FileName).NotEmpty().When(f => f.WebPage is null).WithMessage("is required").OverridePropertyName("");
        RuleFor(f => f.WebPage).SetValidator(WebPageRequestValidator.Instance!).OverridePropertyName("");
        RuleFor(f => f.WebPage!.Method)
            .Must(method => method is null or WebPageRequest.Get)
            .When(f => f.WebPage is not null)
            .WithMessage((_, method) => $"must be GET, the only method for fetching a file, not \"{method}\"")
            .OverridePropertyName("method");
    }
}
