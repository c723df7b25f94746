using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.Hosting;

/// <summary>The real server, started wrong in each way an operator meets first, tells what, where and how to fix in one block.</summary>
public sealed class StartupFailureTests : IDisposable
{
    private readonly string _contentRoot = ServerProcess.CreateContentRoot();

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);

    [Fact]
    public async Task ABadSettingIsNamedWithTheConfigurationAsWhereToLook()
    {
        var block = await RefusalAsync("--CallFlow:Samples:SimpleConnect:Greeting=");

        AssertBlock(block, "CallFlow:Samples:SimpleConnect:Greeting must not be empty.", "Where: the configuration");
    }

    [Fact]
    public async Task MissingPlatformSettingsAreEachNamed()
    {
        var block = await RefusalAsync("--CallFlow:DialConnect:Enabled=true");

        AssertBlock(block, "CallFlow:Platform:CloudId is required", "Where: the configuration");
        Assert.Contains("CallFlow:Platform:OutboundServicePassword is required", block);
    }

    [Fact]
    public async Task ABadAppFileIsNamedWithItsFolderAsWhereToLook()
    {
        File.WriteAllText(Path.Combine(_contentRoot, "apps", "broken.json"), """{ "pages": { "first": [ { "actions": [ { "conect": {} } ] } ] } }""");

        var block = await RefusalAsync();

        AssertBlock(block, "apps/broken.json: pages.first[0].actions[0]", $"Where: the app files in {Path.Combine(_contentRoot, "apps")}");
    }

    [Fact]
    public async Task ABusyPortIsNamedWithHowToChooseAnother()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)busy.LocalEndpoint).Port}";

        var block = await RefusalAsync("--urls", address);

        AssertBlock(block, $"Failed to bind to address {address}: address already in use.", "Where: the listening address");
        Assert.Contains("--urls http://127.0.0.1:", block);
    }

    private async Task<string> RefusalAsync(params string[] arguments)
    {
        var (exitCode, output) = await ServerProcess.RunUntilExitAsync(_contentRoot, arguments);
        Assert.True(exitCode == 1, $"exit code {exitCode}:\n{output}");
        return output;
    }

    private static void AssertBlock(string output, string what, string where)
    {
        Assert.Contains("CallFlow could not start.", output);
        Assert.Single(Regex.Matches(output, Regex.Escape(what)));
        Assert.Contains(where, output);
        Assert.Contains("How to fix it: ", output);
        Assert.DoesNotMatch(@"(?m)^\s+at \S+\(", output);
    }
}
