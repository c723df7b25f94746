using System.Text.Json;
using CallFlow.Actions.Recordings;
using CallFlow.Actions.Serialization;
using CallFlow.Server.Tests.Infrastructure;
using CallFlow.Server.Tests.Pages;

namespace CallFlow.Server.Tests.Recordings;

public class RecordingTests(MisbehavingAppsFactory factory) : IClassFixture<MisbehavingAppsFactory>
{
    public static TheoryData<string> RecordingFiles =>
        new(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Recordings"), "*.json").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(RecordingFiles))]
    public async Task EveryRecordedCallReplaysGreen(string file)
    {
        var recording = JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Recordings", file)), CallFlowJsonContext.Default.Recording)!;
        var replayer = new RecordingReplayer(factory.CreateClient(), factory.Server.BaseAddress);

        var outcomes = await replayer.ReplayAsync(recording);

        Assert.NotEmpty(outcomes);
        Assert.All(outcomes, outcome => Assert.True(outcome.Passed,
            $"{file} exchange {outcome.Index} ({outcome.Page}): status {outcome.ActualStatus} (expected {outcome.ExpectedStatus}); {string.Join("; ", outcome.Differences)}"));
    }

    [Fact]
    public async Task AChangedAnswerFailsTheReplayWithItsPath()
    {
        var recording = JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Recordings", "get-page.json")), CallFlowJsonContext.Default.Recording)!;
        var edited = recording.Exchanges[0].ExpectedResponse!.Value.GetRawText().Replace("441908273802", "441908273899", StringComparison.Ordinal);
        recording.Exchanges[0].ExpectedResponse = JsonDocument.Parse(edited).RootElement;

        var outcome = Assert.Single(await new RecordingReplayer(factory.CreateClient(), factory.Server.BaseAddress).ReplayAsync(recording));

        Assert.False(outcome.Passed);
        Assert.Equal("$.actions[1].connect.destinations[1]", Assert.Single(outcome.Differences).Path);
    }
}
