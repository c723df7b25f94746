using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.Platform;

/// <summary>Registers the platform client: <see cref="OutboundServiceClient"/> as a typed HTTP client with the retry policy.</summary>
public static class PlatformServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>CallFlow:Platform</c> and registers <see cref="OutboundServiceClient"/>. The options are validated when
    /// first used; features that need the platform at startup add <c>ValidateOnStart</c>. With <c>CallFlow:Platform:Mode</c>
    /// = <c>local</c> the client's requests are answered in process by CallFlow playing the platform, which says so in the startup log.
    /// </summary>
    public static OptionsBuilder<PlatformOptions> AddPlatformClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<PlatformOptions>, PlatformOptionsValidator>();
        var client = services.AddHttpClient<OutboundServiceClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(provider => new PlatformResilienceHandler(PlatformResilience.CreatePipeline(
                provider.GetRequiredService<IOptions<PlatformOptions>>().Value,
                provider.GetService<TimeProvider>() ?? TimeProvider.System,
                provider.GetRequiredService<ILoggerFactory>().CreateLogger<PlatformResilienceHandler>())))
            .RedactLoggedHeaders(["Authorization"]);
        if (PlatformOptions.ParseMode(configuration.GetSection(PlatformOptions.SectionName)[nameof(PlatformOptions.Mode)]) == PlatformMode.Local)
        {
            services.AddSingleton<LocalPlatform>();
            services.AddHostedService(provider => provider.GetRequiredService<LocalPlatform>());
            client.ConfigurePrimaryHttpMessageHandler(provider => new LocalPlatformHandler(provider.GetRequiredService<LocalPlatform>()));
        }

        return services.AddOptions<PlatformOptions>().Bind(configuration.GetSection(PlatformOptions.SectionName));
    }
}
