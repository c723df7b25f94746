using CallFlow.Cli.Tests.Support;

namespace CallFlow.Cli.Tests.Arguments;

public sealed class ArgumentTests
{
    [Theory]
    [InlineData(new string[0], "callflow: Required command was not provided.")]
    [InlineData(new[] { "lintt", "a.json" }, "callflow: Unrecognized command or argument 'lintt'.")]
    [InlineData(new[] { "lint" }, "callflow: Required argument 'FILE' missing for command: 'lint'.")]
    [InlineData(new[] { "format", "a.json", "b.json" }, "callflow: Unrecognized command or argument 'b.json'.")]
    [InlineData(new[] { "simulate" }, "callflow: Option '--url' is required.")]
    [InlineData(new[] { "simulate", "--url", "localhost:5000/apps/x" }, "callflow: --url must be an absolute http:// or https:// URL such as http://localhost:5000/apps/reception, not \"localhost:5000/apps/x\".")]
    [InlineData(new[] { "simulate", "--url", "ftp://example/apps/x" }, "callflow: --url must be an absolute http:// or https:// URL such as http://localhost:5000/apps/reception, not \"ftp://example/apps/x\".")]
    [InlineData(new[] { "simulate", "--url", "http://127.0.0.1:1/apps/x", "--user", "u" }, "callflow: --user needs --password too.")]
    [InlineData(new[] { "simulate", "--url", "http://127.0.0.1:1/apps/x", "--password", "p" }, "callflow: --password needs --user too.")]
    [InlineData(new[] { "simulate", "--url", "http://127.0.0.1:1/apps/x", "--from", "" }, "callflow: --from must not be empty.")]
    [InlineData(new[] { "simulate", "--url", "http://127.0.0.1:1/apps/x", "--frm", "1" }, "callflow: Unrecognized command or argument '--frm'.")]
    [InlineData(new[] { "replay", "--url", "http://127.0.0.1:1" }, "callflow: Required argument 'RECORDING' missing for command: 'replay'.")]
    [InlineData(new[] { "replay", "call.json" }, "callflow: Option '--url' is required.")]
    public async Task BadArgumentsAreAUsageErrorWithExitCodeTwo(string[] args, string message)
    {
        var outcome = await Callflow.RunAsync(args);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Output);
        Assert.Contains(message, outcome.ErrorLines);
        Assert.StartsWith("Run 'callflow ", outcome.ErrorLines[^1]);
    }

    [Fact]
    public async Task DirectionMustBeInOrOut()
    {
        var outcome = await Callflow.RunAsync("simulate", "--url", "http://127.0.0.1:1/apps/x", "--direction", "sideways");

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("callflow: Argument 'sideways' not recognized. Must be one of:", outcome.Error);
        Assert.Equal("Run 'callflow simulate --help' for usage.", outcome.ErrorLines[^1]);
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("format")]
    [InlineData("simulate")]
    [InlineData("replay")]
    public async Task HelpDescribesTheVerbAndExitsZero(string verb)
    {
        var outcome = await Callflow.RunAsync(verb, "--help");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Usage:", outcome.Output);
    }
}
