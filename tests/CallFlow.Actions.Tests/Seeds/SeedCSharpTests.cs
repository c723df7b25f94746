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
    public void ConnectResultIsReadAsTheSeedCSharpReadsIt(WireSerializer serializer)
    {
        var ourRequest = PageRequestReader.Read(GoldenFiles.Text("connect-result"), serializer.Options());

        // As in the seed: ConnectResult connectResult = (ConnectResult)ourRequest.InstanceInfo.ActionResult;
        var connectResult = (ConnectResult)ourRequest.InstanceInfo!.ActionResult!;
        double connectedDuration = connectResult.SecondsConnectedDuration;

        Assert.Equal(47.3, connectedDuration);
        Assert.Equal("connect", connectResult.Action);
        Assert.False(connectResult.Interrupted);
    }

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void ConnectToConferenceResultIsReadAsTheSeedCSharpReadsIt(WireSerializer serializer)
    {
        var ourRequest = PageRequestReader.Read(GoldenFiles.Text("connect-to-conference-result"), serializer.Options());

        var connectToConferenceResult = (ConnectToConferenceResult)ourRequest.InstanceInfo!.ActionResult!;
        double connectedDuration = connectToConferenceResult.SecondsConnectedDuration;

        Assert.Equal(131.1, connectedDuration);
        Assert.Equal("connect_to_conference", connectToConferenceResult.Action);
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

    // The page request the golden result files put the seeds' action_result examples in.
    private static PageRequest SeedCall(ActionResult result) =>
        new(new InstanceInfo { ThisCall = new CallInfo { CallId = "seed-call" }, ActionResult = result });
}
