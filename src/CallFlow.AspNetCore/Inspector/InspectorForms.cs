using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace CallFlow.AspNetCore.Inspector;

/// <summary>Reads the inspector's small forms: bounded, and only with a valid antiforgery token.</summary>
internal static class InspectorForms
{
    /// <summary>The largest form body the inspector reads; its forms hold a key and a token.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    private static readonly FormOptions Limits = new()
    {
        ValueCountLimit = 8,
        KeyLengthLimit = 64,
        ValueLengthLimit = 4096,
        MultipartBodyLengthLimit = MaxBodyBytes,
        MultipartHeadersCountLimit = 8,
    };

    /// <summary>The form, or null when the request is no form, is too large, or lacks a valid antiforgery token.</summary>
    public static async Task<IFormCollection?> ReadAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (!http.Request.HasFormContentType || http.Request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        http.Features.Set<IFormFeature>(new FormFeature(http.Request, Limits));
        try
        {
            return await antiforgery.IsRequestValidAsync(http) ? await http.Request.ReadFormAsync(http.RequestAborted) : null;
        }
        catch (Exception exception) when (exception is AntiforgeryValidationException or InvalidDataException or BadHttpRequestException or IOException)
        {
            // A form past the limits, malformed, or one that ended early (the antiforgery check wraps what reading the
            // form threw): refused like a bad token.
            return null;
        }
    }
}
