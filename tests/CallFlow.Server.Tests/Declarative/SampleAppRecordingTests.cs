using System.Text.Json;
using CallFlow.Actions.Recordings;
using CallFlow.Actions.Serialization;

namespace CallFlow.Server.Tests.Declarative;

public class SampleAppRecordingTests(SampleAppsFactory factory) : IClassFixture<SampleAppsFactory>
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Declarative", "Recordings");

    public static TheoryData<string> RecordingFiles =>
        new(Directory.EnumerateFiles(Folder, "*.json").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(RecordingFiles))]
    public async Task EverySampleAppCallReplaysThroughThePageEndpoints(string file)
    {
        var recording = JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(Folder, file)), CallFlowJsonContext.Default.Recording)!;
        factory.Clock.Now = recording.Exchanges[0].ReceivedAt ?? throw new InvalidOperationException($"{file}: a sample app recording gives received_at, the time its rules are matched at.");

        var outcomes = await new RecordingReplayer(factory.CreateClient(), factory.Server.BaseAddress).ReplayAsync(recording);

        Assert.NotEmpty(outcomes);
        Assert.All(outcomes, outcome => Assert.True(outcome.Passed,
            $"{file} exchange {outcome.Index} ({outcome.Page}): status {outcome.ActualStatus} (expected {outcome.ExpectedStatus}); {string.Join("; ", outcome.Differences)}"));
    }

    [Fact]
    public void EverySampleAppHasARecording()
    {
        var recordedApps = Directory.EnumerateFiles(Folder, "*.json")
            .Select(path => JsonSerializer.Deserialize(File.ReadAllBytes(path), CallFlowJsonContext.Default.Recording)!.App)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(["conference", "menu", "reception"]), recordedApps);
    }
}
