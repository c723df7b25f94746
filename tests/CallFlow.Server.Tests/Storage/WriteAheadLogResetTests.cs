using CallFlow.AspNetCore.Storage;

namespace CallFlow.Server.Tests.Storage;

public sealed class WriteAheadLogResetTests
{
    [Theory]
    [InlineData(100, false)]
    [InlineData(101, true)]
    public void ALogIsLongPastTheThreshold(long logFrames, bool isLong) =>
        Assert.Equal(isLong, new WriteAheadLogReset(thresholdFrames: 100).IsLong(logFrames));

    [Theory]
    [InlineData(200, false)]
    [InlineData(201, true)]
    public void ALogIsFarTooLongPastTwiceTheThreshold(long logFrames, bool farTooLong) =>
        Assert.Equal(farTooLong, new WriteAheadLogReset(thresholdFrames: 100).IsFarTooLong(logFrames));

    [Fact]
    public void ARequestedResetIsTakenOnce()
    {
        var reset = new WriteAheadLogReset(thresholdFrames: 32 * 1024);
        Assert.False(reset.Take());

        reset.Request();

        Assert.True(reset.Take());
        Assert.False(reset.Take());
    }
}
