namespace CallFlow.AspNetCore.Storage;

/// <summary>
/// Keeps SQLite's write-ahead log from growing without end under steady writes. SQLite starts the log over from its
/// beginning only when a commit begins with every frame of it already copied into the database file, and under
/// steady writes the background checkpoint (<see cref="SqliteCheckpointService"/>) never gets there: commits add
/// frames while it copies. The log file would grow by every commit for as long as the load lasts (docs/storage.md).
/// Once the log is longer than a threshold, the background checkpoint copies
/// until little is left, then asks for a reset, and the call store's writer copies the last frames itself between
/// two commits, after releasing the pages of the first: its next commit starts the log over.
/// </summary>
/// <param name="thresholdFrames">How long the log may grow, in frames of one database page, before it is reset.</param>
public sealed class WriteAheadLogReset(long thresholdFrames)
{
    /// <summary>Frames in a megabyte of log, with SQLite's default page of 4 KB.</summary>
    public const long FramesPerMegabyte = 1024 * 1024 / 4096;

    /// <summary>
    /// How few frames the writer should be left to copy (1,024 frames, 4 MB): pages arriving meanwhile wait for that
    /// copy, so the background checkpoint copies until commits add no more than this while it does.
    /// </summary>
    public const long WriterShareFrames = 1024;

    private int _wanted;

    /// <summary>Whether a log of <paramref name="logFrames"/> frames should be reset.</summary>
    public bool IsLong(long logFrames) => logFrames > thresholdFrames;

    /// <summary>Whether a log of <paramref name="logFrames"/> frames is twice the threshold: it is reset even at the price of a long wait.</summary>
    public bool IsFarTooLong(long logFrames) => logFrames > 2 * thresholdFrames;

    /// <summary>Asks the writer to finish the checkpoint after its next commit.</summary>
    public void Request() => Volatile.Write(ref _wanted, 1);

    /// <summary>Whether a reset is wanted; true once per request, for the writer that will do it.</summary>
    public bool Take() => Interlocked.Exchange(ref _wanted, 0) == 1;
}
