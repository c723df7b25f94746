using CallFlow.Server.Calls;
using CallFlow.Server.Storage;

namespace CallFlow.Server;

/// <summary>The server's entry point: reads like a table of contents of its features.</summary>
public partial class Program
{
    private static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddCallStore();
        var app = builder.Build();
        app.MapCalls();
        app.Run();
    }
}
