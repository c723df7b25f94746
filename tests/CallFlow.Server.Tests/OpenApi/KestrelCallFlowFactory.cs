using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.OpenApi;

/// <summary>The server on a real socket (Kestrel on 127.0.0.1, a free port), for a real browser to reach.</summary>
public sealed class KestrelCallFlowFactory : CallFlowFactory
{
    public KestrelCallFlowFactory()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single());
    }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; }
}
