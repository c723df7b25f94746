using CallFlow.Server.Declarative;

namespace CallFlow.Server;

/// <summary>The server's entry point: reads like a table of contents of its features.</summary>
public partial class Program
{
    private static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddDeclarativeApps();
        var app = builder.Build();
        app.Run();
    }
}
