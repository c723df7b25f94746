using Polly;

namespace CallFlow.AspNetCore.Platform;

/// <summary>Sends every platform request through the retry pipeline of <see cref="PlatformResilience"/>.</summary>
public sealed class PlatformResilienceHandler : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    /// <summary>Creates the handler; the inner handler is set by the HTTP client factory or by the caller.</summary>
    public PlatformResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) => _pipeline = pipeline;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        // Requests carry buffered form content, so the same message can be sent again on a retry.
        await _pipeline.ExecuteAsync(
            static (state, token) => new ValueTask<HttpResponseMessage>(state.Handler.SendInnerAsync(state.Request, token)),
            (Handler: this, Request: request),
            cancellationToken);

    private Task<HttpResponseMessage> SendInnerAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
