using CallFlow.AspNetCore.Platform;

namespace CallFlow.Server.Tests.Platform;

public sealed class PlatformWireTests
{
    [Theory]
    [InlineData("""["a.1", "a.2"]""")]
    [InlineData("""[{"application_instance_id": "a.1"}, {"application_instance_id": "a.2"}]""")]
    [InlineData("""{"application_instance_ids": ["a.1", "a.2"]}""")]
    [InlineData("""{"application_instance_ids": "a.1/a.2"}""")]
    [InlineData("a.1\na.2\n")]
    public void InstanceIdsAreReadFromEveryObviousShapeOfAnswer(string answer) =>
        Assert.Equal(["a.1", "a.2"], PlatformWire.ReadInstanceIds(answer));

    [Theory]
    [InlineData("")]
    [InlineData("{\"started\": true}")]
    [InlineData("[not json")]
    public void AnAnswerWithoutIdsGivesNone(string answer) => Assert.Empty(PlatformWire.ReadInstanceIds(answer));

    [Fact]
    public void SeveralCallsAreWrittenAsAnArray() =>
        Assert.Equal(
            """[{"to":"sip:a@example.com"},{"to":"441908283800","from":"441908283801"}]""",
            PlatformWire.WriteRestCalls([new OutboundCall("sip:a@example.com"), new OutboundCall("441908283800", "441908283801")]));

    [Fact]
    public void AStatusGivenAsTheWrappersNameItIsRead()
    {
        var status = PlatformWire.ReadStatus("a.1", """{"status": "Failed", "status_detail": "busy", "finished": "true"}""");

        Assert.True(status.Finished);
        Assert.Equal("Failed", status.Status);
        Assert.Equal("busy", status.Detail);
    }

    [Fact]
    public void AStatusThatIsNotAnObjectIsAPlatformFailure() =>
        Assert.Throws<PlatformException>(() => PlatformWire.ReadStatus("a.1", "[]"));
}
