using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.Platform;

/// <summary>Registers the platform client: <see cref="OutboundServiceClient"/> as a typed HTTP client with the retry policy.</summary>
public static class PlatformServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>CallFlow:Platform</c> and registers <see cref="OutboundServiceClient"/>. The options are validated when
    /// first used; features that need the platform at startup add <c>ValidateOnStart</c>.
    /// </summary>
    public static OptionsBuilder<PlatformOptions> AddPlatformClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<PlatformOptions>, PlatformOptionsValidator>();
        services.AddHttpClient<OutboundServiceClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(provider => new PlatformResilienceHandler(PlatformResilience.CreatePipeline(
                provider.GetRequiredService<IOptions<PlatformOptions>>().Value,
                provider.GetService<TimeProvider>() ?? TimeProvider.System,
                provider.GetRequiredService<ILoggerFactory>().CreateLogger<PlatformResilienceHandler>())))
            .RedactLoggedHeaders(["Authorization"]);
        return services.AddOptions<PlatformOptions>().Bind(configuration.GetSection(PlatformOptions.SectionName));
    }
}
