using System.Text;

namespace CallFlow.AspNetCore.Logging;

/// <summary>
/// The process's console output, written to the standard output stream by a background thread in batches: a flush
/// (the console sink flushes after every line) wakes the thread, if it is not already awake, instead of making a
/// system call on the request's thread; the thread lets a millisecond's lines gather and writes them at once, so under
/// load many log lines share one write (docs/performance.md). Lines keep their order; whatever is waiting when the
/// process exits is written then.
/// </summary>
public sealed class BatchedConsoleWriter : TextWriter
{
    /// <summary>How long the writing thread lets lines gather once woken: a line is written about this late.</summary>
    public static readonly TimeSpan Gathering = TimeSpan.FromMilliseconds(1);

    private static int _installed;

    private readonly object _pendingGate = new();
    private readonly object _outputGate = new();
    private readonly AutoResetEvent _flushRequested = new(false);
    private readonly StreamWriter _output;
    private int _flushPending;
    private StringBuilder _pending = new();
    private StringBuilder _writing = new();

    /// <summary>Writes to <paramref name="output"/> (UTF-8, no byte order mark) from a background thread.</summary>
    public BatchedConsoleWriter(Stream output)
    {
        _output = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024) { AutoFlush = false };
        var thread = new Thread(WriteLoop) { IsBackground = true, Name = "CallFlow console output" };
        thread.Start();
    }

    /// <inheritdoc />
    public override Encoding Encoding => _output.Encoding;

    /// <summary>Makes this the process's console output, once per process; what is still waiting at exit is written then.</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 1)
        {
            return;
        }

        var writer = new BatchedConsoleWriter(Console.OpenStandardOutput());
        Console.SetOut(writer);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => writer.Drain();
    }

    /// <inheritdoc />
    public override void Write(char value)
    {
        lock (_pendingGate)
        {
            _pending.Append(value);
        }
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        lock (_pendingGate)
        {
            _pending.Append(value);
        }
    }

    /// <inheritdoc />
    /// <remarks>The line and its end are added together, so lines written at once from several threads never mix.</remarks>
    public override void WriteLine(string? value)
    {
        lock (_pendingGate)
        {
            _pending.Append(value).Append(CoreNewLine);
        }
    }

    /// <inheritdoc />
    public override void WriteLine(ReadOnlySpan<char> buffer)
    {
        lock (_pendingGate)
        {
            _pending.Append(buffer).Append(CoreNewLine);
        }
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count)
    {
        lock (_pendingGate)
        {
            _pending.Append(buffer, index, count);
        }
    }

    /// <summary>Asks the background thread to write what is waiting (waking it only if no request is pending); returns at once.</summary>
    public override void Flush()
    {
        if (Interlocked.Exchange(ref _flushPending, 1) == 0)
        {
            _flushRequested.Set();
        }
    }

    /// <summary>Writes everything waiting now, on the calling thread.</summary>
    public void Drain() => WriteWaiting();

    private void WriteLoop()
    {
        while (true)
        {
            _flushRequested.WaitOne();
            Thread.Sleep(Gathering);
            // Reset before taking the lines: a line added after this asks again and is written by the next round.
            Volatile.Write(ref _flushPending, 0);
            WriteWaiting();
        }
    }

    private void WriteWaiting()
    {
        lock (_outputGate)
        {
            lock (_pendingGate)
            {
                (_pending, _writing) = (_writing, _pending);
            }

            if (_writing.Length == 0)
            {
                return;
            }

            foreach (var chunk in _writing.GetChunks())
            {
                _output.Write(chunk.Span);
            }

            _writing.Clear();
            _output.Flush();
        }
    }
}
