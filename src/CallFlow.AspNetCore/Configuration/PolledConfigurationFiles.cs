using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;

namespace CallFlow.AspNetCore.Configuration;

/// <summary>
/// The server's configuration files (appsettings.json and the like) reload on change as usual, but are polled for
/// changes every four seconds instead of watched. ASP.NET Core watches them with a watcher on the whole content root
/// and every folder below it, so every write SQLite makes to <c>data/</c> would wake that watcher: about a sixth of
/// the CPU a page costs under load (docs/performance.md). Polling looks at the configuration files alone.
/// </summary>
public static class PolledConfigurationFiles
{
    private const string ReloadOnChangeKey = "hostBuilder:reloadConfigOnChange";

    /// <summary>
    /// <see cref="WebApplication.CreateBuilder(string[])"/> with the configuration files polled. The host's own setting
    /// (<c>DOTNET_hostBuilder__reloadConfigOnChange</c> or <c>--hostBuilder:reloadConfigOnChange</c>) still turns
    /// reloading off.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var reload = new ConfigurationBuilder().AddEnvironmentVariables("DOTNET_").AddCommandLine(args).Build().GetValue(ReloadOnChangeKey, defaultValue: true);
        // Last on the command line, so it wins: the host then sets up no watcher of its own.
        var builder = WebApplication.CreateBuilder([.. args, $"--{ReloadOnChangeKey}=false"]);
        if (reload)
        {
            PollFiles(builder.Configuration.Sources);
        }

        return builder;
    }

    private static void PollFiles(IList<IConfigurationSource> sources)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is FileConfigurationSource { FileProvider: PhysicalFileProvider onDisk } file)
            {
                file.FileProvider = new PhysicalFileProvider(onDisk.Root) { UsePollingFileWatcher = true, UseActivePolling = true };
                file.ReloadOnChange = true;
                // Setting the source again rebuilds its provider, now polling.
                sources[i] = file;
            }
        }
    }
}
