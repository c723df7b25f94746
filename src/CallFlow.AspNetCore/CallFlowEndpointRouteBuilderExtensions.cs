using CallFlow.AspNetCore.Calls;
using CallFlow.AspNetCore.DialConnect;
using CallFlow.AspNetCore.Health;
using CallFlow.AspNetCore.Inspector;
using CallFlow.AspNetCore.LiveCalls;
using CallFlow.AspNetCore.Logging;
using CallFlow.AspNetCore.OpenApi;
using CallFlow.AspNetCore.Pages;
using CallFlow.AspNetCore.Telemetry;

namespace CallFlow.AspNetCore;

/// <summary>Serves all of CallFlow in one call; each feature's own <c>MapXxx</c> stays available to take only part.</summary>
public static class CallFlowEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Adds the per-request log line and status-code problem details to the pipeline, then maps the page routes
    /// (<c>/apps/{app}/...</c>), the call history (<c>/api/calls</c>), live-call control (<c>/api/calls/{application_instance_id}/interrupt</c>), click-to-call (<c>/api/dial-connect</c>),
    /// <c>/health</c>, <c>/metrics</c>, the OpenAPI document, Swagger UI (<c>/swagger</c>) and the call inspector (<c>/inspector</c>;
    /// map the others one by one to leave it out). Needs
    /// <see cref="CallFlowServiceCollectionExtensions.AddCallFlow"/>.
    /// </summary>
    public static WebApplication MapCallFlow(this WebApplication app)
    {
        app.UseCallFlowRequestLogging();
        app.UseStatusCodePages();
        app.MapCallFlowOpenApi();
        app.MapHealth();
        app.MapCallFlowMetrics();
        app.MapPages();
        app.MapCalls();
        app.MapLiveCalls();
        app.MapDialConnect();
        app.MapCallInspector();
        return app;
    }
}
