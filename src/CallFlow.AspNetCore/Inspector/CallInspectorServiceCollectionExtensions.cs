namespace CallFlow.AspNetCore.Inspector;

/// <summary>Registers what the call inspector's pages need.</summary>
public static class CallInspectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers server rendering of Razor components (the inspector's pages), antiforgery and the inspector's sign-in
    /// session. The pages read the call history and the app registry, which <see cref="CallFlowServiceCollectionExtensions.AddCallFlow"/> adds.
    /// </summary>
    public static IServiceCollection AddCallInspector(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddAntiforgery();
        services.AddSingleton<InspectorSession>();
        return services;
    }
}
