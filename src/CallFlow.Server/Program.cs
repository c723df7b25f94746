using CallFlow.Server.Api;
using CallFlow.Server.Calls;
using CallFlow.Server.Configuration;
using CallFlow.Server.Declarative;
using CallFlow.Server.DialConnect;
using CallFlow.Server.Health;
using CallFlow.Server.Logging;
using CallFlow.Server.OpenApi;
using CallFlow.Server.Pages;
using CallFlow.Server.Samples;
using CallFlow.Server.Security;
using CallFlow.Server.Storage;

namespace CallFlow.Server;

/// <summary>The server's entry point: reads like a table of contents of its features.</summary>
public partial class Program
{
    private static void Main(string[] args)
    {
        var builder = PolledConfigurationFiles.CreateBuilder(args);
        builder.AddCallFlowLogging();
        builder.Services.AddApiJson();
        builder.Services.AddProblemDetails();
        builder.Services.AddPageServer();
        builder.Services.AddPageAuthentication();
        builder.Services.AddSimpleConnectSample();
        builder.Services.AddDeclarativeApps();
        builder.Services.AddDialConnect(builder.Configuration);
        builder.Services.AddHealthChecks().AddCheck<ServerHealthCheck>("server");
        builder.Services.AddCallFlowOpenApi();
        builder.AddCallStore();

        var app = builder.Build();
        app.UseCallFlowRequestLogging();
        app.UseStatusCodePages();
        app.MapCallFlowOpenApi();
        app.MapHealth();
        app.MapPages();
        app.MapCalls();
        app.MapDialConnect();
        app.Run();
    }
}
