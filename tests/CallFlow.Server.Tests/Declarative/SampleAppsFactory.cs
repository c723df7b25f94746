using CallFlow.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CallFlow.Server.Tests.Declarative;

/// <summary>The server with its shipped sample app files and a clock the test sets.</summary>
public sealed class SampleAppsFactory : CallFlowFactory
{
    public SampleAppsFactory() => WithServices(services => services.AddSingleton<TimeProvider>(Clock));

    public FixedClock Clock { get; } = new(DateTimeOffset.UnixEpoch);
}
