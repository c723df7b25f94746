using System.Net;
using System.Net.Sockets;

namespace CallFlow.Cli.Tests.Reliability;

/// <summary>Ports on 127.0.0.1 for commands that must fail to connect without reaching anything else.</summary>
public static class LoopbackPort
{
    /// <summary>A port that was free a moment ago and that nothing listens on: connecting to it is refused at once.</summary>
    public static int Closed()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
