namespace CallFlow.AspNetCore.Security;

/// <summary>
/// Guards the admin API (<c>/api/*</c>) and <c>/metrics</c>: when <c>CallFlow:Admin:ApiKey</c> is set, a request must carry it in the
/// <c>X-Api-Key</c> header, or it gets a 401 problem. The key is read on every request, so a reloaded configuration
/// applies at once; unset, the API is open (a warning is logged when the routes are mapped). An address that keeps
/// failing is refused for a while by <see cref="FailedAuthLimiter"/>.
/// </summary>
public sealed class AdminApiKeyFilter(IConfiguration configuration, FailedAuthLimiter failures) : IEndpointFilter
{
    /// <summary>The configuration key holding the admin API key.</summary>
    public const string ConfigurationKey = "CallFlow:Admin:ApiKey";

    /// <summary>The request header that must carry the key.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        Refusal(context.HttpContext) ?? await next(context);

    /// <summary>The answer refusing <paramref name="http"/> (401, or 429 for an address that keeps failing), or null when it may pass.</summary>
    public IResult? Refusal(HttpContext http)
    {
        var expected = configuration[ConfigurationKey];
        if (string.IsNullOrEmpty(expected))
        {
            return null;
        }

        if (failures.RefuseIfBlocked(http) is { } tooMany)
        {
            return tooMany;
        }

        var sent = http.Request.Headers[HeaderName];
        if (sent.Count == 1 && SecretComparer.Matches(sent[0], expected))
        {
            return null;
        }

        failures.CountFailure(http);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: string.IsNullOrEmpty(sent.ToString()) ? $"The {HeaderName} header is missing." : $"The {HeaderName} header does not hold the admin API key.",
            detail: $"Send the key configured as {ConfigurationKey} in the {HeaderName} header.");
    }
}
