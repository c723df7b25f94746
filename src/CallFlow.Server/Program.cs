using CallFlow.AspNetCore;
using CallFlow.AspNetCore.Configuration;
using CallFlow.AspNetCore.Home;
using CallFlow.AspNetCore.Hosting;
using CallFlow.Server.Samples;

namespace CallFlow.Server;

/// <summary>The shipped server: CallFlow.AspNetCore (with its logging, metrics and traces), its polled configuration files and the sample apps.</summary>
public partial class Program
{
    private static int Main(string[] args)
    {
        var builder = PolledConfigurationFiles.CreateBuilder(args);
        builder.AddStartupFailureReport();
        builder.Services.AddCallFlow(builder.Configuration);
        builder.Services.AddSimpleConnectSample();

        var app = builder.Build();
        app.MapCallFlow();
        app.MapCallFlowHomePage();
        return app.RunWithStartupFailureReport();
    }
}
