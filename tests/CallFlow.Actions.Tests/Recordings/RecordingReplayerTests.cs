using CallFlow.Actions.Recordings;

namespace CallFlow.Actions.Tests.Recordings;

public class RecordingReplayerTests
{
    private readonly RecordingReplayer _replayer = new(new HttpClient(), new Uri("http://127.0.0.1:5000"));

    [Theory]
    [InlineData("first", "http://127.0.0.1:5000/apps/menu/first")]
    [InlineData("after-connect", "http://127.0.0.1:5000/apps/menu/after-connect")]
    [InlineData("../conference/first", "http://127.0.0.1:5000/apps/conference/first")]
    public void PagesAreResolvedRelativeToTheirAppLikeThePlatformResolvesNextPages(string page, string expected)
    {
        using var request = _replayer.BuildRequest("menu", new RecordedExchange { Page = page });

        Assert.Equal(expected, request.RequestUri!.AbsoluteUri);
    }

    [Fact]
    public void GetRequestsCarryTheRequestInTheInstanceInfoQueryParameter()
    {
        using var request = _replayer.BuildRequest("menu", new RecordedExchange { Page = "first", Method = "GET", RequestText = "{\"a\":1}" });

        Assert.Equal("http://127.0.0.1:5000/apps/menu/first?instance_info=%7B%22a%22%3A1%7D", request.RequestUri!.AbsoluteUri);
    }
}
