using CallFlow.Cli;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.Documentation;

/// <summary>
/// docs/cli.md's first session, line by line as written, against the real server: each <c>dotnet run --project
/// src/CallFlow.Cli -- ARGS</c> line runs the command with those arguments, each <c>echo '...' &gt; FILE</c> writes the file.
/// Only the documented address is replaced by the test server's.
/// </summary>
public sealed class CliFirstSessionTests : IDisposable
{
    private const string CliPrefix = "dotnet run --project src/CallFlow.Cli -- ";
    private const string DocumentedAddress = "http://127.0.0.1:5000";
    private readonly string _contentRoot = ServerProcess.CreateContentRoot();
    private readonly TemporaryFolder _workingFolder = new("first-session");

    public void Dispose()
    {
        _workingFolder.Dispose();
        Directory.Delete(_contentRoot, recursive: true);
    }

    [Fact]
    public async Task EveryCommandOfTheFirstSessionSucceedsAgainstTheRealServer()
    {
        var session = MarkedBlocks.Read("docs/cli.md").Single(b => b.Marker == "first-session").Code;
        var lines = session.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        await using var server = await ServerProcess.StartAsync(_contentRoot);
        var address = server.BaseAddress.ToString().TrimEnd('/');

        Assert.Contains(lines, line => line.StartsWith(CliPrefix, StringComparison.Ordinal));
        foreach (var line in lines)
        {
            await RunAsync(line.Replace(DocumentedAddress, address, StringComparison.Ordinal));
        }
    }

    private async Task RunAsync(string line)
    {
        var (command, redirect) = line.Split(" > ") is [var left, var right] ? (left, right.Trim()) : (line, null);
        if (command.StartsWith("echo '", StringComparison.Ordinal) && command.EndsWith('\'') && redirect is not null)
        {
            await File.WriteAllTextAsync(_workingFolder.PathOf(redirect), command["echo '".Length..^1] + "\n");
            return;
        }

        Assert.StartsWith(CliPrefix, command);
        var arguments = command[CliPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(argument => argument.EndsWith(".json", StringComparison.Ordinal) ? _workingFolder.PathOf(argument) : argument)
            .ToArray();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(arguments, output, error);

        Assert.True(exitCode == 0, $"{line}\nexit {exitCode}\n{output}\n{error}");
        if (redirect is not null)
        {
            await File.WriteAllTextAsync(_workingFolder.PathOf(redirect), output.ToString());
        }
    }
}
