using System.Runtime.CompilerServices;

namespace CallFlow.Server.Tests.Infrastructure;

/// <summary>Process-wide settings for the many in-process servers this suite starts.</summary>
internal static class TestEnvironment
{
    // Every host would otherwise watch its appsettings files with inotify; a suite that starts dozens of hosts
    // in parallel can run into the per-user inotify instance limit (128 by default on Linux) and fail to start one.
    // The tests never edit appsettings, so reloading them is not needed. (App files are still watched: that is tested.)
    [ModuleInitializer]
    internal static void Initialize() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
