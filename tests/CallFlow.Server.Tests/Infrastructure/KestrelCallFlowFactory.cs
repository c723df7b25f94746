using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CallFlow.Server.Tests.Infrastructure;

/// <summary>The server on a real socket (Kestrel on 127.0.0.1, a free port), for a real browser or real connections to reach.</summary>
public sealed class KestrelCallFlowFactory : CallFlowFactory
{
    public KestrelCallFlowFactory()
        : this(_ => { })
    {
    }

    private KestrelCallFlowFactory(Action<CallFlowFactory> configure)
    {
        configure(this);
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single());
    }

    /// <summary>Starts the server after <paramref name="configure"/> has added its settings and services.</summary>
    public static KestrelCallFlowFactory Start(Action<CallFlowFactory> configure) => new(configure);

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; }
}
