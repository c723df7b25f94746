using System.Net;
using System.Text;
using System.Text.Json;
using CallFlow.Server.Tests.Documentation;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.Packaging;

/// <summary>
/// A user's first hour, for real: the libraries are packed, a fresh <c>dotnet new web</c> project outside the
/// repository takes them as packages, gets the files docs/writing-a-callflow.md shows, builds and answers a first page.
/// </summary>
public sealed class PackageConsumerTests : IDisposable
{
    // A version no earlier run has put into the machine's package cache, so restore takes this run's packages.
    private readonly string _version = $"0.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmssfff}";
    private readonly TemporaryFolder _folder = new("package-consumer");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AFreshWebProjectBuiltFromThePackagesAndTheTutorialAnswersItsFirstPage()
    {
        var packages = _folder.PathOf("packages");
        await PackAsync("src/CallFlow.Actions", packages);
        await PackAsync("src/CallFlow.Simulator", packages);
        await PackAsync("src/CallFlow.AspNetCore", packages);
        var tutorial = MarkedBlocks.Files("docs/writing-a-callflow.md");
        Assert.Contains("Program.cs", tutorial.Keys);

        await DotnetCommand.RunAsync(_folder.FullName, "new", "web", "-o", "Hotline", "--no-restore");
        var project = _folder.PathOf("Hotline");
        WriteNuGetConfig(project, packages);
        await DotnetCommand.RunAsync(project, "add", "package", "CallFlow.AspNetCore", "--version", _version);
        foreach (var (name, code) in tutorial)
        {
            await File.WriteAllTextAsync(Path.Combine(project, name), code);
        }

        await DotnetCommand.RunAsync(project, "build");
        await using var server = await ServerProcess.StartHostAsync(Path.Combine(project, "bin", "Debug", "net10.0", "Hotline.dll"), project);
        var answer = await FirstPageAnswerAsync(server, "hotline");
        var destinations = await WirePropertyAsync(server, "Connect", "destinations");

        Assert.Equal("2.0", answer.GetProperty("api_version").GetString());
        Assert.NotEqual(0, answer.GetProperty("actions").GetArrayLength());
        // The wire model's XML docs reach the user's OpenAPI document too, not only the shipped server's.
        Assert.False(string.IsNullOrWhiteSpace(destinations.GetProperty("description").GetString()));
    }

    private async Task PackAsync(string projectFolder, string output) => await DotnetCommand.RunAsync(
        Repository.Root, "pack", projectFolder, "--no-build", "-c", Repository.Configuration, "-o", output, $"-p:Version={_version}");

    // The packages folder first; the machine's own sources (inherited from the user's NuGet.Config) serve the rest.
    private static void WriteNuGetConfig(string project, string packages) => File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="callflow-under-test" value="{packages}" />
          </packageSources>
        </configuration>
        """);

    private static async Task<JsonElement> FirstPageAnswerAsync(ServerProcess server, string app)
    {
        using var client = server.CreateClient();
        using var response = await client.PostAsync($"/apps/{app}/first",
            new StringContent(PageRequests.Inbound("c-first-hour").ToJsonString(), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}\n{server.Output}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<JsonElement> WirePropertyAsync(ServerProcess server, string schema, string property)
    {
        using var client = server.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        return document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(schema)
            .GetProperty("properties").GetProperty(property).Clone();
    }
}
