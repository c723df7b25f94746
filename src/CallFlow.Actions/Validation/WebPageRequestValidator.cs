using CallFlow.Actions.Parts;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A web page request needs a URL without spaces, and a method of <c>GET</c> or <c>POST</c> when one is given.</summary>
public sealed class WebPageRequestValidator : WireValidator<WebPageRequest>
{
    /// <summary>The shared instance (validators hold no state).</summary>
    public static WebPageRequestValidator Instance { get; } = new();

    /// <summary>Declares the rules.</summary>
    public WebPageRequestValidator()
    {
        Wire(p => p.Url).Required()
            .Must(url => !url.Any(char.IsWhiteSpace)).WithMessage("must not contain white space");
        Wire(p => p.Method)
            .Must(method => method is null or WebPageRequest.Get or WebPageRequest.Post)
            .WithMessage((_, method) => $"must be GET or POST, not \"{method}\"");
    }
}
