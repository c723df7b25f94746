using CallFlow.Actions.Results;
using CallFlow.AspNetCore.Apps;
using CallFlow.AspNetCore.Platform;
using CallFlow.AspNetCore.Storage;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.DialConnect;

/// <summary>Registers click-to-call: its table, API services, the <c>dial-connect</c> app, and (when enabled) the platform client and dispatcher.</summary>
public static class DialConnectServiceCollectionExtensions
{
    /// <summary>
    /// Adds click-to-call. With <c>CallFlow:DialConnect:Enabled</c> true, the <c>CallFlow:Platform</c> settings are
    /// validated at startup (each missing key named) and the dispatcher runs; otherwise the API answers 404.
    /// </summary>
    public static IServiceCollection AddDialConnect(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DialConnectOptions>().Bind(configuration.GetSection(DialConnectOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DialConnectOptions>, DialConnectOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddStorageSchema<DialConnectSchema>();
        services.AddSingleton<DialConnectStore>();
        services.AddValidatorsFromAssemblyContaining<DialConnectSubmissionValidator>(ServiceLifetime.Singleton);
        services.AddSingleton<DialConnectPages>();
        services.AddCallFlowApp(DialConnectPages.AppName, app => app
            .MapFirst((PageContext page, DialConnectPages pages, CancellationToken token) => pages.FirstAsync(page, token))
            .MapPage(DialConnectPages.ConnectedPage, (PageContext page, DialConnectPages pages, CancellationToken token) => pages.ConnectedAsync(page, token))
            .MapPage(DialConnectPages.DisconnectedPage, (PageContext page, ConnectResult? result, DialConnectPages pages, CancellationToken token) => pages.DisconnectedAsync(page, result, token))
            .MapFinal((PageContext page, DialConnectPages pages, CancellationToken token) => pages.FinalAsync(page, token)));

        var platform = services.AddPlatformClient(configuration);
        if (configuration.GetSection(DialConnectOptions.SectionName).GetValue<bool>(nameof(DialConnectOptions.Enabled)))
        {
            platform.ValidateOnStart();
            services.AddHostedService<DialConnectDispatcher>();
        }

        return services;
    }
}
