using CallFlow.Cli.Tests.Support;

namespace CallFlow.Cli.Tests.Lint;

public sealed class AppFileLintTests : IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string> SampleApps => new(Directory.GetFiles(Repository.PathOf("src/CallFlow.Server/apps"), "*.json").Order());

    [Theory]
    [MemberData(nameof(SampleApps))]
    public async Task ShippedSampleAppsLintClean(string file)
    {
        var outcome = await Callflow.RunAsync("lint", file);

        Assert.Equal((0, ""), (outcome.ExitCode, outcome.Output));
    }

    [Fact]
    public async Task AppFileProblemsAreTheLinesTheServerWouldRefuseItWith()
    {
        var file = _files.Write("reception.json", """
            {
              // the front desk
              "time_zone": "Europe/London",
              "fallback": [{"hang_up": {}}],
              "pages": {
                "first": [
                  {"when": {"time": "9-17"}, "actions": [{"hang_up": {}}]},
                  {"actions": [{"connect": {"destination": ["441908273800"]}}]},
                ]
              }
            }
            """);

        var outcome = await Callflow.RunAsync("lint", file);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            [
                $"{file}: pages.first[0].when.time: \"9-17\" is not HH:mm-HH:mm",
                $"{file}: pages.first[1].actions[0].connect.destinations: is required",
                $"{file}: pages.first[1].actions[0].connect.destination: is not a property of connect, kept as written (did you mean destinations?); the properties of connect: destinations, call_from, hold_media, pass_early_media, seconds_answer_timeout, classify_callee, secondary_call, next_page",
            ],
            outcome.OutputLines);
    }

    [Fact]
    public async Task AppFileWithoutPagesIsReportedAsAWhole()
    {
        var file = _files.Write("empty.json", """{"fallback": []}""");

        var outcome = await Callflow.RunAsync("lint", file);

        Assert.Equal([$"{file}: pages: is required: an object of pages, each an array of rules, with at least \"first\""], outcome.OutputLines);
    }

    [Fact]
    public async Task CommentsAreForAppFilesOnly()
    {
        var file = _files.Write("response.json", "{\"actions\": [], // none\n \"api_version\": \"2.0\"}");

        var outcome = await Callflow.RunAsync("lint", file);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal([$"{file}: $: not valid JSON (line 1, column 17): a '/' where a value or a ',' belongs: JSON has no comments (// or /* */); remove it"], outcome.OutputLines);
    }

    [Fact]
    public async Task FormatLeavesAppFilesAsTheirAuthorsWroteThem()
    {
        var outcome = await Callflow.RunAsync("format", Repository.PathOf("src/CallFlow.Server/apps/menu.json"));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Output);
        Assert.EndsWith("menu.json: $: format does not rewrite app files: they keep their authors' layout and comments (lint checks them)", outcome.Error.TrimEnd());
    }
}
