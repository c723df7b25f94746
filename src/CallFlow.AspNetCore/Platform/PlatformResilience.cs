using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace CallFlow.AspNetCore.Platform;

/// <summary>
/// The retry policy of every platform request, built with Polly: exponential backoff with jitter on connection
/// errors, attempt timeouts, 5xx and 429 (waiting at least what <c>Retry-After</c> asks, up to the maximum delay);
/// any other answer, 4xx included, is final at once.
/// </summary>
public static class PlatformResilience
{
    /// <summary>Builds the pipeline <see cref="PlatformResilienceHandler"/> sends each request through.</summary>
    public static ResiliencePipeline<HttpResponseMessage> CreatePipeline(PlatformOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(response => IsTransient(response.StatusCode)),
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter(args.Outcome.Result, timeProvider, options.RetryMaxDelay)),
                OnRetry = args =>
                {
                    logger.LogWarning(
                        "Platform request failed ({Outcome}); retry {Attempt} of {MaxAttempts} in {Delay}.",
                        args.Outcome.Result is { } response ? $"HTTP {(int)response.StatusCode}" : args.Outcome.Exception?.GetType().Name,
                        args.AttemptNumber + 1,
                        options.MaxRetryAttempts,
                        args.RetryDelay);
                    return default;
                },
            });
        }

        return builder.AddTimeout(options.AttemptTimeout).Build();
    }

    /// <summary>Whether an answer is worth another attempt: any 5xx, and 429 Too Many Requests.</summary>
    public static bool IsTransient(HttpStatusCode statusCode) =>
        statusCode == HttpStatusCode.TooManyRequests || (int)statusCode >= 500;

    // The platform's own Retry-After wins over the backoff (capped, so a far-off date cannot stall the dispatcher).
    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider, TimeSpan maxDelay)
    {
        var retryAfter = response?.Headers.RetryAfter;
        var delay = retryAfter?.Delta ?? (retryAfter?.Date - timeProvider.GetUtcNow());
        if (delay is null)
        {
            return null;
        }

        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > maxDelay ? maxDelay : delay;
    }
}
