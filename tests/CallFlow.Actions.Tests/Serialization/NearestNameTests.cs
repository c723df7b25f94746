using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Tests.Serialization;

public class NearestNameTests
{
    private static readonly string[] ConnectNames = ["destinations", "call_from", "hold_media", "seconds_answer_timeout", "next_page"];

    [Theory]
    [InlineData("destinatons", "destinations")]
    [InlineData("destination", "destinations")]
    [InlineData("call_form", "call_from")]
    [InlineData("Next_Page", "next_page")]
    [InlineData("seconds_answer_timout", "seconds_answer_timeout")]
    public void ASlipIsMatchedWithTheNameItMeant(string misspelt, string meant) =>
        Assert.Equal(meant, NearestName.Of(misspelt, ConnectNames));

    [Theory]
    [InlineData("colour")]
    [InlineData("x")]
    [InlineData("")]
    public void ANameFarFromEveryKnownOneHasNoSuggestion(string name) =>
        Assert.Null(NearestName.Of(name, ConnectNames));

    [Fact]
    public void ASwapOfTwoNeighbouringLettersIsOneSlip() =>
        Assert.Equal("name", NearestName.Of("nmae", ["name", "description", "when", "actions"]));
}
