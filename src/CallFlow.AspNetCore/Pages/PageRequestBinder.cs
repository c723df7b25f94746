using System.Text;
using System.Text.Json;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Validation;
using CallFlow.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CallFlow.AspNetCore.Pages;

/// <summary>
/// Reads instance_info from a page request in every form the platform may use: a JSON body (bare, as the platform
/// posts it, or wrapped) under any content type, a form-encoded <c>instance_info</c> field, or the <c>instance_info</c>
/// query parameter of a GET; then validates it.
/// Every failure becomes a <see cref="PageProblem"/> naming what is wrong.
/// </summary>
public sealed class PageRequestBinder(IOptions<PageOptions> options)
{
    private const string Field = "instance_info";

    /// <summary>Reads and validates the request's instance_info.</summary>
    public async Task<PageInput> BindAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return request.Query.TryGetValue(Field, out var query) && query.Count == 1 && !string.IsNullOrEmpty(query[0])
                ? Parse(query[0]!)
                : PageInput.Invalid(request.QueryString.Value ?? "", Missing($"A GET page request carries instance_info as the \"{Field}\" query parameter (once)."));
        }

        var body = await BoundedBody.ReadAsync(request, options.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return PageInput.Invalid($"(body over {options.Value.MaxBodyBytes} bytes not kept)", TooLarge());
        }

        if (body.Length == 0)
        {
            return PageInput.Invalid("", Missing("The request body is empty; a page request carries instance_info."));
        }

        // The platform's documentation never names the Content-Type of its POST, so the body decides: JSON is read
        // whatever the header says, a form is read for its instance_info field, and only what is neither is refused.
        var kind = ContentKind(request.ContentType);
        if (kind == BodyKind.Json || StartsLikeJson(body))
        {
            return ParseUtf8(body);
        }

        var form = FormField(body);
        if (form is not null || kind == BodyKind.Form)
        {
            return form is { } json ? Parse(json) : MissingFormField(body);
        }

        return PageInput.Invalid(DescribeBinary(body), Unsupported(request.ContentType));
    }

    private static bool StartsLikeJson(byte[] body)
    {
        var start = Array.FindIndex(body, b => b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'));
        return start >= 0 && body[start] is (byte)'{' or (byte)'[';
    }

    private static string? FormField(byte[] body)
    {
        var fields = QueryHelpers.ParseNullableQuery(Encoding.UTF8.GetString(body));
        return fields is not null && fields.TryGetValue(Field, out var value) && value.Count == 1 && !string.IsNullOrEmpty(value[0]) ? value[0] : null;
    }

    private static PageInput MissingFormField(byte[] body) =>
        PageInput.Invalid(Encoding.UTF8.GetString(body), Missing($"A form-encoded page request carries instance_info as the \"{Field}\" field (once)."));

    private static PageInput Parse(string json) => Read(json, Encoding.UTF8.GetBytes(json));

    private static PageInput ParseUtf8(byte[] json)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(json);
        }
        catch (DecoderFallbackException)
        {
            return PageInput.Invalid(DescribeBinary(json), new PageProblem(400, "Malformed page request", "The request body is not valid UTF-8."));
        }

        return Read(text, json);
    }

    private static PageInput Read(string text, byte[] utf8)
    {
        PageRequest request;
        try
        {
            request = PageRequestReader.Read(utf8);
        }
        catch (JsonException exception)
        {
            var problems = JsonReadProblems.Describe(exception);
            var errors = problems.GroupBy(p => p.Path).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
            return PageInput.Invalid(text, new PageProblem(400, "Malformed page request", Sentence(problems), errors));
        }

        var validation = PageRequestValidator.Instance.Validate(request);
        if (!validation.IsValid)
        {
            var errors = validation.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());
            var detail = string.Join("; ", validation.Errors.Select(e => $"{e.PropertyName} {e.ErrorMessage}"));
            return PageInput.Invalid(text, new PageProblem(400, "Invalid page request", detail + ".", errors));
        }

        return PageInput.Valid(text, request);
    }

    private static BodyKind ContentKind(string? contentType)
    {
        // What the platform sends, told without parsing the header.
        if (string.Equals(contentType, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return BodyKind.Json;
        }

        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return BodyKind.Other;
        }

        if (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.MediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase)
            || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            return BodyKind.Json;
        }

        return media.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) ? BodyKind.Form : BodyKind.Other;
    }

    private static string Sentence(IReadOnlyList<WireProblem> problems) =>
        string.Join("; ", problems.Select(p => p.Path == WireProblem.Root ? $"The body is not a valid page request: {p.Message}" : $"{p.Path} {p.Message}")) + ".";

    private static string DescribeBinary(byte[] body) => $"(base64) {Convert.ToBase64String(body)}";

    private static PageProblem Missing(string detail) =>
        new(400, "Missing instance_info", detail, new Dictionary<string, string[]> { [Field] = ["is required"] });

    private PageProblem TooLarge() =>
        new(413, "Page request too large", $"A page request may be at most {options.Value.MaxBodyBytes} bytes.");

    private static PageProblem Unsupported(string? contentType) =>
        new(415, "Unsupported content type",
            $"The body (content type \"{contentType ?? "(none)"}\") is neither JSON nor a form with an instance_info field; send the instance info JSON.");

    private enum BodyKind
    {
        Json,
        Form,
        Other,
    }
}
