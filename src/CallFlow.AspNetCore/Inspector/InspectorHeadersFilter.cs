namespace CallFlow.AspNetCore.Inspector;

/// <summary>
/// Headers on every inspector answer: the browser runs only CallFlow's own script and style (so even a field that
/// slipped past encoding could not run), never frames the pages, and keeps no copy of the call data.
/// </summary>
internal sealed class InspectorHeadersFilter : IEndpointFilter
{
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        return next(context);
    }
}
