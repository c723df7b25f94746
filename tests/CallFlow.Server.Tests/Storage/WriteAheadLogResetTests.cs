using CallFlow.Server.Storage;

namespace CallFlow.Server.Tests.Storage;

public sealed class WriteAheadLogResetTests
{
    [Fact]
    public void ALogTheCheckpointCouldNotFinishPastTheThresholdAsksForOneReset()
    {
        var reset = new WriteAheadLogReset(thresholdFrames: 100);

        reset.AfterCheckpoint(logFrames: 101, checkpointedFrames: 60);

        Assert.True(reset.Take());
        Assert.False(reset.Take());
    }

    [Theory]
    [InlineData(100, 60)]
    [InlineData(5000, 5000)]
    public void AShortLogOrAFinishedCheckpointAsksForNothing(long logFrames, long checkpointedFrames)
    {
        var reset = new WriteAheadLogReset(thresholdFrames: 100);

        reset.AfterCheckpoint(logFrames, checkpointedFrames);

        Assert.False(reset.Take());
    }
}
