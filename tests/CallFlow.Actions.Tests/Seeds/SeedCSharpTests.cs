using CallFlow.Actions.Parts;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Results;
using CallFlow.Actions.Tests.Support;

namespace CallFlow.Actions.Tests.Seeds;

public class SeedCSharpTests
{
    public static TheoryData<string, WireSerializer> Actions => Wire.Cross(GoldenFiles.Actions);

    [Fact]
    public void EveryGoldenActionHasItsCSharpExample() =>
        Assert.Equal(GoldenFiles.Actions.Order(), SeedCSharpExamples.Actions.Keys.Order());

    [Theory]
    [MemberData(nameof(Actions))]
    public void SeedCSharpExampleWritesTheSeedJson(string golden, WireSerializer serializer) =>
        JsonAssert.SameTree(GoldenFiles.Canonical(golden), serializer.Write(SeedCSharpExamples.Actions[golden]()));

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void SeedActionResultsAreReadAsTheSeedCSharpReadsThem(WireSerializer serializer)
    {
        // As in the seeds: ConnectResult connectResult = (ConnectResult)ourRequest.InstanceInfo.ActionResult;
        var connectResult = (ConnectResult)ActionResultOf("connect-result", serializer);
        var connectToConferenceResult = (ConnectToConferenceResult)ActionResultOf("connect-to-conference-result", serializer);

        Assert.Equal(("connect", false, 47.3), (connectResult.Action, connectResult.Interrupted, connectResult.SecondsConnectedDuration));
        Assert.Equal(
            ("connect_to_conference", false, 131.1),
            (connectToConferenceResult.Action, connectToConferenceResult.Interrupted, connectToConferenceResult.SecondsConnectedDuration));
    }

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void V2ActionResultExamplesAreReadAsTheirTypedResults(WireSerializer serializer)
    {
        var record = (RecordResult)ActionResultOf("record-result", serializer);
        var interrupted = (GetInputResult)ActionResultOf("get-input-interrupted", serializer);
        var transcription = (StartTranscriptionResult)ActionResultOf("start-transcription-result", serializer);
        var interim = (StartTranscriptionResult)ActionResultOf("start-transcription-interim-result", serializer);

        Assert.Equal(("/rest_api/recordings/2013/07/16/14_35_03_04f01fb92e8913a8.62100.wav", true, 16.7), (record.Filename, record.ContainsSound, record.SecondsDuration));
        Assert.Equal(("get_input", true, null), (interrupted.Action, interrupted.Interrupted, interrupted.Input));
        var phrase = Assert.Single(transcription.Transcription!);
        Assert.Equal(("54321", false, true, TranscriptionPhrase.Inbound), (transcription.Id, transcription.Completed, phrase.Final, phrase.Direction));
        Assert.Equal([("That's all folks", (double?)0.93), ("That's all forks", null)], phrase.Alternatives!.Select(a => (a.Text, a.Confidence)));
        Assert.Equal((false, (double?)0.92), (interim.Transcription![0].Final, interim.Transcription[0].Stability));
    }

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void ActionResultsBuiltInCSharpWriteTheSeedJson(WireSerializer serializer)
    {
        JsonAssert.SameTree(GoldenFiles.Canonical("connect-result"), serializer.Write(SeedCall(new ConnectResult { SecondsConnectedDuration = 47.3 })));
        JsonAssert.SameTree(
            GoldenFiles.Canonical("connect-to-conference-result"),
            serializer.Write(SeedCall(new ConnectToConferenceResult { SecondsConnectedDuration = 131.1 })));
    }

    private static ActionResult ActionResultOf(string golden, WireSerializer serializer) =>
        PageRequestReader.Read(GoldenFiles.Text(golden), serializer.Options()).InstanceInfo!.ActionResult!;

    // The page request the golden result files put the seeds' action_result examples in.
    private static PageRequest SeedCall(ActionResult result) =>
        new(new InstanceInfo { ThisCall = new CallInfo { CallId = "seed-call" }, ActionResult = result });
}
