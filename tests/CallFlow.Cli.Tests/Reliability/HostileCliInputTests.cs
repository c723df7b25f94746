using CallFlow.Actions.Responses;
using CallFlow.Actions.Serialization;
using CallFlow.Cli.Tests.Support;
using Xunit.Abstractions;

namespace CallFlow.Cli.Tests.Reliability;

/// <summary>
/// Garbage and adversarial input for every verb: each gets exit 1 (problems) or 2 (unreadable, bad usage, unreachable)
/// with a clear message, never an exception or a stack trace. The counts are printed with the test's output.
/// </summary>
public sealed class HostileCliInputTests(ITestOutputHelper output) : IDisposable
{
    private const int RandomDocumentCases = 400;
    private const int RandomArgumentCases = 300;
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task EveryHostileDocumentIsLintedAndFormattedWithoutACrash()
    {
        var cli = new HostileCli(_files);

        await JudgeAsync("lint and format", cli, HostileDocuments.All(), cli.LintAndFormatAsync);
    }

    [Fact]
    public void HostileValuesReachEveryPropertyOfEveryRegisteredAction()
    {
        var reached = ModelFields.Of(typeof(ActionsResponse), CallFlowJson.Options)
            .Where(f => f.ObjectPath is ["actions", "0", _]).Select(f => $"{f.ObjectPath[2]}.{f.Name}").ToHashSet();

        var missed = ActionRegistry.All
            .SelectMany(d => CallFlowJson.Options.GetTypeInfo(d.ActionType).Properties.Where(p => !p.IsExtensionData).Select(p => $"{d.Name}.{p.Name}"))
            .Where(field => !reached.Contains(field));

        Assert.Empty(missed);
    }

    [Fact]
    public async Task RandomlyEditedDocumentsAreLintedAndFormattedWithoutACrash()
    {
        var cli = new HostileCli(_files);
        var cases = RandomDocuments.Generate(RandomDocumentCases);

        Assert.Equal(RandomDocumentCases, cases.Count);
        await JudgeAsync($"lint and format, FsCheck seed {RandomDocuments.Seed}", cli, cases, cli.LintAndFormatAsync);
    }

    [Fact]
    public async Task EveryHostileRecordingIsRefusedByReplayOrFailsToReachAClosedPort()
    {
        var cli = new HostileCli(_files);
        var url = $"http://127.0.0.1:{LoopbackPort.Closed()}";

        await JudgeAsync("replay", cli, HostileDocuments.Recordings(), file => cli.RefusedAsync(file, path => ["replay", path, "--url", url], mayPassEmpty: true));
    }

    [Fact]
    public async Task EveryHostileScenarioIsRefusedBySimulateOrFailsToReachAClosedPort()
    {
        var cli = new HostileCli(_files);
        var url = $"http://127.0.0.1:{LoopbackPort.Closed()}/apps/x";

        await JudgeAsync("simulate --scenario", cli, HostileScenarios.All(), file => cli.RefusedAsync(file, path => ["simulate", "--url", url, "--scenario", path]));
    }

    [Fact]
    public async Task BadArgumentCombinationsAreRefusedWithAMessage()
    {
        var cli = new HostileCli(_files);
        var arguments = new HostileArguments(_files);
        var cases = arguments.Listed().Concat(arguments.Generated(RandomArgumentCases));

        await JudgeAsync($"arguments, FsCheck seed {HostileArguments.Seed}", cli, cases, cli.ArgumentsAsync);
    }

    private async Task JudgeAsync<T>(string what, HostileCli cli, IEnumerable<T> cases, Func<T, Task<IReadOnlyList<string>>> judge)
    {
        var tried = 0;
        var failures = new List<string>();
        foreach (var hostile in cases)
        {
            tried++;
            failures.AddRange((await judge(hostile)).Select(failure => $"{hostile}: {failure}"));
        }

        output.WriteLine($"Hostile CLI input ({what}): {tried} cases tried, {cli.Runs} runs of the command, {failures.Count} failures.");
        Assert.True(failures.Count == 0, $"{failures.Count} failures in {tried} cases:\n{string.Join('\n', failures.Take(40))}");
    }
}
