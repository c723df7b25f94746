using System.Net.Http.Headers;
using CallFlow.Actions.Recordings;
using CallFlow.Actions.Validation;
using FluentValidation;

namespace CallFlow.Cli.Documents;

/// <summary>
/// The shape of a recording that replay relies on: an app, and exchanges that each name a page and a method and carry
/// exactly one of <c>request</c> and <c>request_text</c>. The request and response inside are read by their own kinds.
/// </summary>
internal sealed class RecordingValidator : WireValidator<Recording>
{
    /// <summary>The shared instance (validators hold no state).</summary>
    public static RecordingValidator Instance { get; } = new();

    /// <summary>Declares the rules.</summary>
    public RecordingValidator()
    {
        Wire(r => r.App).Required();
        Wire(r => r.Exchanges).Required();
        WireEach(r => r.Exchanges).NotNull().WithMessage("must not be null").SetValidator(new ExchangeRules());
    }

    // Where replay sends a page: resolved against the app's URL, as the platform resolves a next page.
    private static readonly Uri SomeAppUrl = new("http://server.invalid/apps/app/");

    private static bool BeAPageAddress(string page) =>
        Uri.TryCreate(SomeAppUrl, page, out var url) && url.Scheme is "http" or "https";

    private sealed class ExchangeRules : WireValidator<RecordedExchange>
    {
        public ExchangeRules()
        {
            Wire(e => e.Page).Required();
            Wire(e => e.Page).Must(BeAPageAddress).When(e => !string.IsNullOrEmpty(e.Page))
                .WithMessage((_, page) => $"must be a page name (\"menu\"), a path from the app (\"../conference/first\") or an http:// or https:// URL, not \"{page}\"");
            Wire(e => e.ContentType).Must(type => MediaTypeHeaderValue.TryParse(type, out _)).When(e => !string.IsNullOrEmpty(e.ContentType))
                .WithMessage((_, type) => $"must be a media type such as \"application/json\", not \"{type}\"");
            Wire(e => e.Method).Must(method => method is "GET" or "POST")
                .WithMessage((_, method) => $"must be GET or POST, not \"{method}\"");
            Wire(e => e.ExpectedStatus).InclusiveBetween(100, 599)
                .WithMessage((_, status) => $"must be an HTTP status from 100 to 599, not {status}");
            Wire(e => e.Request).NotNull().When(e => e.RequestText is null)
                .WithMessage("is required unless request_text holds the raw request");
            Wire(e => e.RequestText).Null().When(e => e.Request is not null)
                .WithMessage("must not be given together with request: an exchange sends one or the other");
        }
    }
}
