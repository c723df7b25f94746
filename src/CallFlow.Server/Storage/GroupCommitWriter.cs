using System.Threading.Channels;

namespace CallFlow.Server.Storage;

/// <summary>
/// Group commit: callers hand items to one writer loop, which drains everything waiting at that moment into one
/// commit, and each caller's task completes when the commit holding its item does. Under load a commit carries many
/// items, so durability (one fsync per commit) costs little throughput. When a shared commit fails, its items are
/// retried one by one, so one bad item cannot fail the others.
/// </summary>
/// <typeparam name="T">What is written.</typeparam>
public sealed class GroupCommitWriter<T> : IAsyncDisposable
{
    private readonly Channel<Pending> _queue;
    private readonly Func<IReadOnlyList<T>, CancellationToken, Task> _commit;
    private readonly ILogger _logger;
    private readonly int _maxBatch;
    private readonly Task _loop;

    /// <summary>Starts the writer loop.</summary>
    /// <param name="commit">Writes a batch in one transaction; completes once it is durable.</param>
    /// <param name="logger">Where failed commits are reported.</param>
    /// <param name="maxBatch">The most items one commit carries.</param>
    /// <param name="capacity">How many items may wait before callers wait to enqueue (back-pressure).</param>
    public GroupCommitWriter(Func<IReadOnlyList<T>, CancellationToken, Task> commit, ILogger logger, int maxBatch = 256, int capacity = 8192)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _commit = commit;
        _logger = logger;
        _maxBatch = maxBatch;
        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _loop = Task.Run(RunAsync);
    }

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
    }

    private async Task RunAsync()
    {
        var batch = new List<Pending>(_maxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await CommitAsync(batch);
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
