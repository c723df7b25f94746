namespace CallFlow.Server.Storage;

/// <summary>
/// Keeps SQLite's write-ahead log from growing without end under steady writes. The log starts over from its
/// beginning only when a commit begins with every frame of it copied into the database file; the background
/// checkpoint (<see cref="SqliteCheckpointService"/>) never gets there while commits keep coming, so the log would
/// grow by every commit, on disk, and each write would extend the file instead of reusing it (docs/performance.md).
/// Once the log holds more than a threshold, the background checkpoint asks for a reset, and the call store's writer
/// copies the last frames itself between two commits, after releasing the pages of the first.
/// </summary>
/// <param name="thresholdFrames">How long the log may grow, in frames of one database page, before it is reset.</param>
public sealed class WriteAheadLogReset(long thresholdFrames = WriteAheadLogReset.DefaultThresholdFrames)
{
    /// <summary>The default threshold: 32,768 frames, 128 MB with SQLite's default page of 4 KB.</summary>
    public const long DefaultThresholdFrames = 32 * 1024;

    private int _wanted;

    /// <summary>
    /// Called with what a background checkpoint reported: the frames in the log and how many of them are now in the
    /// database file. Asks for a reset when the log is long and the checkpoint could not finish it.
    /// </summary>
    public void AfterCheckpoint(long logFrames, long checkpointedFrames)
    {
        if (logFrames > thresholdFrames && checkpointedFrames < logFrames)
        {
            Volatile.Write(ref _wanted, 1);
        }
    }

    /// <summary>Whether a reset is wanted; true once per request, for the writer that will do it.</summary>
    public bool Take() => Interlocked.Exchange(ref _wanted, 0) == 1;
}
