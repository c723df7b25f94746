using System.Collections.Concurrent;
using CallFlow.AspNetCore.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallFlow.Server.Tests.Storage;

public sealed class GroupCommitWriterTests
{
    [Fact]
    public async Task WritesWaitingDuringACommitShareTheNextCommit()
    {
        var commits = new ConcurrentQueue<IReadOnlyList<int>>();
        var firstCommitMayFinish = new TaskCompletionSource();
        await using var writer = new GroupCommitWriter<int>(
            async (batch, _) =>
            {
                commits.Enqueue(batch);
                if (commits.Count == 1)
                {
                    await firstCommitMayFinish.Task;
                }
            },
            NullLogger.Instance);

        var first = writer.WriteAsync(0, CancellationToken.None);
        await WaitUntil(() => !commits.IsEmpty);
        var waiting = Enumerable.Range(1, 100).Select(i => writer.WriteAsync(i, CancellationToken.None)).ToList();
        Assert.All(waiting, w => Assert.False(w.IsCompleted));

        firstCommitMayFinish.SetResult();
        await Task.WhenAll([first, .. waiting]);

        Assert.Equal([[0], Enumerable.Range(1, 100).ToList()], commits.ToList());
    }

    [Fact]
    public async Task AFailedSharedCommitIsRetriedOneByOneSoOnlyTheBadItemFails()
    {
        var committed = new ConcurrentBag<int>();
        var gate = new TaskCompletionSource();
        await using var writer = new GroupCommitWriter<int>(
            async (batch, _) =>
            {
                await gate.Task;
                if (batch.Contains(13))
                {
                    throw new InvalidOperationException("13 cannot be stored");
                }

                batch.ToList().ForEach(committed.Add);
            },
            NullLogger.Instance);

        var writes = Enumerable.Range(10, 6).ToDictionary(i => i, i => writer.WriteAsync(i, CancellationToken.None));
        gate.SetResult();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => writes[13]);
        Assert.Equal("13 cannot be stored", failure.Message);
        await Task.WhenAll(writes.Where(w => w.Key != 13).Select(w => w.Value));
        Assert.Equal([10, 11, 12, 14, 15], committed.Order());
    }

    [Fact]
    public async Task ShuttingDownCommitsWhatIsQueuedAndRefusesNewWrites()
    {
        var committed = new ConcurrentBag<int>();
        var gate = new TaskCompletionSource();
        var writer = new GroupCommitWriter<int>(
            async (batch, _) =>
            {
                await gate.Task;
                batch.ToList().ForEach(committed.Add);
            },
            NullLogger.Instance);
        var queued = Enumerable.Range(0, 5).Select(i => writer.WriteAsync(i, CancellationToken.None)).ToList();

        var shutdown = writer.DisposeAsync().AsTask();
        gate.SetResult();
        await shutdown;

        await Task.WhenAll(queued);
        Assert.Equal([0, 1, 2, 3, 4], committed.Order());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => writer.WriteAsync(5, CancellationToken.None));
    }

    [Fact]
    public async Task UpkeepAfterACommitRunsOnceItsWritersHaveBeenReleased()
    {
        var upkeepMayFinish = new TaskCompletionSource();
        var upkeeps = 0;
        await using var writer = new GroupCommitWriter<int>(
            (_, _) => Task.CompletedTask,
            NullLogger.Instance,
            afterCommit: async () =>
            {
                Interlocked.Increment(ref upkeeps);
                await upkeepMayFinish.Task;
            });

        await writer.WriteAsync(1, CancellationToken.None);

        await WaitUntil(() => Volatile.Read(ref upkeeps) == 1);
        var duringUpkeep = writer.WriteAsync(2, CancellationToken.None);
        Assert.False(duringUpkeep.IsCompleted);
        upkeepMayFinish.SetResult();
        await duringUpkeep;
    }

    [Fact]
    public async Task FailingUpkeepFailsNoWrite()
    {
        var committed = new ConcurrentBag<int>();
        await using var writer = new GroupCommitWriter<int>(
            (batch, _) =>
            {
                batch.ToList().ForEach(committed.Add);
                return Task.CompletedTask;
            },
            NullLogger.Instance,
            afterCommit: () => throw new IOException("the disk is full"));

        await writer.WriteAsync(1, CancellationToken.None);
        await writer.WriteAsync(2, CancellationToken.None);

        Assert.Equal([1, 2], committed.Order());
    }

    // A bound so that a broken writer fails the test instead of hanging the run; not a claim about speed.
    private static async Task WaitUntil(Func<bool> condition)
    {
        var giveUp = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < giveUp, "The writer never started a commit.");
            await Task.Delay(5);
        }
    }
}
