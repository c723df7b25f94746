using System.Diagnostics;
using System.Threading.Channels;
using CallFlow.AspNetCore.Telemetry;

namespace CallFlow.AspNetCore.Storage;

/// <summary>
/// Group commit: callers hand items to one writer loop, which drains everything waiting at that moment into one
/// commit, and each caller's task completes when the commit holding its item does. Under load a commit carries many
/// items, so durability (one fsync per commit) costs little throughput. When a shared commit fails, its items are
/// retried one by one, so one bad item cannot fail the others.
/// </summary>
/// <remarks>
/// Before a commit the loop lets the thread pool run the work already queued on it (a few rounds, up to <see cref="MaxGathering"/>):
/// under load that work is mostly other requests about to write, and they join this commit instead of the next one.
/// A commit of many items costs far less per item than several small ones (docs/performance.md); when the pool is
/// idle, nothing is waited for.
/// </remarks>
/// <typeparam name="T">What is written.</typeparam>
public sealed class GroupCommitWriter<T> : IAsyncDisposable
{
    private readonly Channel<Pending> _queue;
    private readonly Func<IReadOnlyList<T>, CancellationToken, Task> _commit;
    private readonly Func<Task>? _afterCommit;
    private readonly ILogger _logger;
    private readonly int _maxBatch;
    private readonly Task _loop;
    private readonly IDisposable _queueGauge;

    /// <summary>Starts the writer loop.</summary>
    /// <param name="commit">Writes a batch in one transaction; completes once it is durable.</param>
    /// <param name="logger">Where failed commits are reported.</param>
    /// <param name="maxBatch">The most items one commit carries.</param>
    /// <param name="capacity">How many items may wait before callers wait to enqueue (back-pressure).</param>
    /// <param name="afterCommit">Upkeep run after a commit, once its callers have been released (so none waits for it).</param>
    public GroupCommitWriter(
        Func<IReadOnlyList<T>, CancellationToken, Task> commit, ILogger logger, int maxBatch = 256, int capacity = 8192, Func<Task>? afterCommit = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _commit = commit;
        _afterCommit = afterCommit;
        _logger = logger;
        _maxBatch = maxBatch;
        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _queueGauge = CallFlowTelemetry.ObserveQueue(() => _queue.Reader.Count);
        _loop = Task.Run(RunAsync);
    }

    /// <summary>The longest a commit waits for the work queued on the thread pool before it (see the remarks).</summary>
    public static readonly TimeSpan MaxGathering = TimeSpan.FromMilliseconds(1);

    /// <summary>
    /// How many times at most a commit lets the thread pool's queue run before it. Under steady load the queue is never
    /// empty, and waiting out <see cref="MaxGathering"/> each time would make every page a millisecond slower: a few
    /// rounds gather most of the pages that can join.
    /// </summary>
    public const int MaxGatheringRounds = 16;

    /// <summary>
    /// Queues <paramref name="item"/> and completes when it is committed, or throws what the commit threw.
    /// Cancelling stops the wait, not the write: an item once queued is still committed.
    /// </summary>
    public async Task WriteAsync(T item, CancellationToken cancellationToken)
    {
        var pending = new Pending(item);
        try
        {
            await _queue.Writer.WriteAsync(pending, cancellationToken);
        }
        catch (ChannelClosedException ex)
        {
            throw new ObjectDisposedException("The writer has shut down; nothing more can be stored.", ex);
        }

        await pending.Committed.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Stops taking items, commits everything already queued, then returns.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        _queueGauge.Dispose();
    }

    private async Task RunAsync()
    {
        var batch = new List<Pending>(_maxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            await GatherAsync();
            batch.Clear();
            while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            var started = Stopwatch.GetTimestamp();
            await CommitAsync(batch);
            CallFlowTelemetry.RecordCommit(Stopwatch.GetElapsedTime(started), batch.Count);
            await AfterCommitAsync();
        }
    }

    // Each yield puts the loop behind everything queued on the thread pool at that moment.
    private async Task GatherAsync()
    {
        var started = Stopwatch.GetTimestamp();
        for (var round = 0;
             round < MaxGatheringRounds && ThreadPool.PendingWorkItemCount > 0 && _queue.Reader.Count < _maxBatch && Stopwatch.GetElapsedTime(started) < MaxGathering;
             round++)
        {
            await Task.Yield();
        }
    }

    private async Task AfterCommitAsync()
    {
        if (_afterCommit is null)
        {
            return;
        }

        try
        {
            await _afterCommit();
        }
        catch (Exception ex)
        {
            // Upkeep is retried by the next commit; the writes themselves were committed.
            _logger.LogWarning(ex, "The upkeep after a commit failed");
        }
    }

    private async Task CommitAsync(List<Pending> batch)
    {
        try
        {
            await _commit(batch.ConvertAll(p => p.Item), CancellationToken.None);
            batch.ForEach(p => p.Committed.TrySetResult());
        }
        catch (Exception ex) when (batch.Count > 1)
        {
            _logger.LogWarning(ex, "A shared commit of {Count} items failed; committing them one by one", batch.Count);
            foreach (var pending in batch)
            {
                await CommitAsync([pending]);
            }
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "A commit failed; its caller gets the error");
            batch[0].Committed.TrySetException(ex);
        }
    }

    private sealed class Pending(T item)
    {
        public T Item { get; } = item;

        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
