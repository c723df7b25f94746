using CallFlow.AspNetCore.Logging;
using CallFlow.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Formatting;

namespace CallFlow.Server.Tests.Logging;

/// <summary>The server with the misbehaving test apps, its log events kept; <see cref="JsonLoggedServer"/> logs JSON lines.</summary>
public class LoggedServer : CallFlowFactory
{
    public LoggedServer() => WithSettings(("Serilog:MinimumLevel:Default", "Debug"))
        .WithServices(services => services.AddMisbehavingApps().AddSingleton<ILogEventSink>(Log));

    public LogLineRecorder Log { get; } = new();

    /// <summary>The format the server's settings chose for its console.</summary>
    public ITextFormatter Format => Services.GetRequiredService<LogFormat>().Formatter;
}
