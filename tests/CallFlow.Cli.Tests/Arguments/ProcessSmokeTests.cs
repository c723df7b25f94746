using System.Diagnostics;
using CallFlow.Cli.Tests.Support;

namespace CallFlow.Cli.Tests.Arguments;

public sealed class ProcessSmokeTests : IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task CallflowRunsAsACommandPrintingToItsOwnOutputAndExitingWithTheVerbsCode()
    {
        var file = _files.Write("response.json", """{"actions": [], "api_version": "1.0"}""");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "callflow.dll"), "lint", file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        Assert.Equal($"{file}: api_version: must be \"2.0\", not \"1.0\"", output.TrimEnd());
    }
}
