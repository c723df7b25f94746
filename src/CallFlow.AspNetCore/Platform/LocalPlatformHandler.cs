namespace CallFlow.AspNetCore.Platform;

/// <summary>
/// The platform client's innermost handler in local mode: hands each request to the <see cref="LocalPlatform"/>
/// instead of the network. One is made per handler lifetime of the HTTP client factory; the platform outlives them.
/// </summary>
internal sealed class LocalPlatformHandler(LocalPlatform platform) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        platform.AnswerAsync(request, cancellationToken);
}
