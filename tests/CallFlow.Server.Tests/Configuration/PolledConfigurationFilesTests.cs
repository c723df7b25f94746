using CallFlow.AspNetCore.Configuration;
using CallFlow.Server.Tests.Declarative;
using CallFlow.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace CallFlow.Server.Tests.Configuration;

public sealed class PolledConfigurationFilesTests : IDisposable
{
    private readonly TemporaryFolder _contentRoot = new("config");

    [Fact]
    public async Task AnEditedAppsettingsFileIsReloadedByPollingNotByWatchingTheContentRoot()
    {
        WriteAppsettings("first");
        var builder = PolledConfigurationFiles.CreateBuilder(["--contentRoot", _contentRoot.FullName, "--hostBuilder:reloadConfigOnChange=true"]);

        var appsettings = AppsettingsSource(builder);
        Assert.True(appsettings.ReloadOnChange);
        // (UsePollingFileWatcher reads false once the provider watches anything: UseActivePolling tells it is ours.)
        Assert.True(Assert.IsType<PhysicalFileProvider>(appsettings.FileProvider).UseActivePolling);
        Assert.Equal("first", builder.Configuration["Probe"]);

        WriteAppsettings("second");
        await Eventually.HoldsAsync(() => builder.Configuration["Probe"] == "second", "the edited appsettings.json was read again");
    }

    [Fact]
    public void TheHostsOwnSettingStillTurnsReloadingOff()
    {
        WriteAppsettings("first");
        var builder = PolledConfigurationFiles.CreateBuilder(["--contentRoot", _contentRoot.FullName, "--hostBuilder:reloadConfigOnChange=false"]);

        Assert.False(AppsettingsSource(builder).ReloadOnChange);
        Assert.Equal("first", builder.Configuration["Probe"]);
    }

    public void Dispose() => _contentRoot.Dispose();

    private static JsonConfigurationSource AppsettingsSource(WebApplicationBuilder builder) =>
        builder.Configuration.Sources.OfType<JsonConfigurationSource>().Single(s => s.Path == "appsettings.json");

    private void WriteAppsettings(string probe) =>
        File.WriteAllText(_contentRoot.PathOf("appsettings.json"), $$"""{ "Probe": "{{probe}}" }""");
}
