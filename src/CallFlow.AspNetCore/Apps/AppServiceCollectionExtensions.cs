namespace CallFlow.AspNetCore.Apps;

/// <summary>Registers code-first apps.</summary>
public static class AppServiceCollectionExtensions
{
    /// <summary>Declares a code-first app served at <c>/apps/{name}/...</c>.</summary>
    public static IServiceCollection AddCallFlowApp(this IServiceCollection services, string name, Action<CallFlowAppBuilder> configure)
    {
        var builder = new CallFlowAppBuilder(name);
        configure(builder);
        var app = builder.Build();
        return services.AddSingleton(app);
    }
}
