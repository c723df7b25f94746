using System.Text.Json;
using CallFlow.Actions.Parts;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Validation;
using CallFlow.AspNetCore.Apps;

namespace CallFlow.AspNetCore.LiveCalls;

/// <summary>
/// Reads the optional body of an interrupt, <c>{"redirect_page": {"url": "...", "method": "POST"}}</c> (the url may be
/// a plain string, as in a next_page), validates the page with the wire model's rules, and resolves a relative url
/// against the pages of the app the call is in, as the platform resolves a next page. Every problem is named by its path.
/// </summary>
internal static class InterruptRequestReader
{
    /// <summary>The body's one property, which the inspector's interrupt form also names its page field.</summary>
    public const string RedirectPageKey = "redirect_page";

    /// <summary>The page to redirect to (null: the final page), or the problems with the body by path.</summary>
    /// <param name="body">The request body, possibly empty.</param>
    /// <param name="appUrl">The URL of the call's app (<c>.../apps/{app}/</c>), or null when the request gave no host to build it from.</param>
    /// <param name="app">The call's app, when it is still registered, to check that a relative url names one of its pages.</param>
    public static (WebPageRequest? Redirect, Dictionary<string, string[]> Errors) Read(byte[] body, Uri? appUrl, ICallFlowApp? app)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (body.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            return (null, errors);
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            errors["body"] = [$"is not JSON: {exception.Message}"];
            return (null, errors);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            errors["body"] = ["must be a JSON object such as {\"redirect_page\": {\"url\": \"goodbye\"}}, or empty"];
            return (null, errors);
        }

        foreach (var unknown in root.EnumerateObject().Where(p => p.Name != RedirectPageKey))
        {
            errors[unknown.Name] = ["unknown property; the only one is redirect_page"];
        }

        if (!root.TryGetProperty(RedirectPageKey, out var page) || page.ValueKind == JsonValueKind.Null || errors.Count > 0)
        {
            return (null, errors);
        }

        WebPageRequest redirect;
        try
        {
            redirect = page.Deserialize(CallFlowJson.Options.GetTypeInfo(typeof(WebPageRequest))) as WebPageRequest
                ?? throw new JsonException("must be an object with a url, or a url");
        }
        catch (JsonException exception)
        {
            foreach (var problem in JsonReadProblems.Describe(exception))
            {
                errors[problem.Path == WireProblem.Root ? RedirectPageKey : $"{RedirectPageKey}.{problem.Path}"] = [problem.Message];
            }

            return (null, errors);
        }

        foreach (var failure in WebPageRequestValidator.Instance.Validate(redirect).Errors)
        {
            errors[$"{RedirectPageKey}.{failure.PropertyName}"] = [failure.ErrorMessage];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        if (Uri.TryCreate(redirect.Url, UriKind.Absolute, out var absolute) && absolute.Scheme is not ("http" or "https"))
        {
            errors[$"{RedirectPageKey}.url"] = ["must be an http or https URL, or a page of the call's app"];
            return (null, errors);
        }

        if (absolute is null && (appUrl is null || !Uri.TryCreate(appUrl, redirect.Url, out _)))
        {
            errors[$"{RedirectPageKey}.url"] = [appUrl is null
                ? "is relative, but the request has no Host to resolve it against; give an absolute URL"
                : "is not a URL relative to the call's app"];
            return (null, errors);
        }

        var resolved = absolute ?? new Uri(appUrl!, redirect.Url);
        var relativeToApp = appUrl is null ? resolved.AbsoluteUri : appUrl.MakeRelativeUri(resolved).OriginalString;
        if (absolute is null && !relativeToApp.Contains('/', StringComparison.Ordinal) && app is not null && !app.HasPage(Uri.UnescapeDataString(relativeToApp)))
        {
            errors[$"{RedirectPageKey}.url"] = [$"names no page of app \"{app.Name}\", which the call is in"];
            return (null, errors);
        }

        return (new WebPageRequest(resolved.AbsoluteUri) { Method = redirect.Method }, errors);
    }
}
