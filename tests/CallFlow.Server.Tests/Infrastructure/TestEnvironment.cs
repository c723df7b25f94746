using System.Runtime.CompilerServices;

namespace CallFlow.Server.Tests.Infrastructure;

/// <summary>Process-wide settings for the many in-process servers this suite starts.</summary>
internal static class TestEnvironment
{
    // Every host would otherwise poll its appsettings files (a timer each); the tests never edit them, so reloading
    // them is not needed. Turning it off also tests that the host's own setting is honoured. (App files are still
    // watched: that is tested.)
    [ModuleInitializer]
    internal static void Initialize() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
