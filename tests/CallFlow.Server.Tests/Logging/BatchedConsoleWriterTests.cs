using System.Text;
using CallFlow.AspNetCore.Logging;
using CallFlow.Server.Tests.Declarative;

namespace CallFlow.Server.Tests.Logging;

/// <summary>The console output is written in batches by a background thread, with nothing lost or reordered.</summary>
public class BatchedConsoleWriterTests
{
    [Fact]
    public async Task AFlushedLineReachesTheOutputWithoutWaitingForMore()
    {
        var output = new RecordingStream();
        var writer = new BatchedConsoleWriter(output);

        writer.WriteLine("[10:00:00.000 INF] Page reception/first answered 200");
        writer.Flush();

        await Eventually.HoldsAsync(() => output.Text == "[10:00:00.000 INF] Page reception/first answered 200" + Environment.NewLine,
            "the flushed line was written by the background thread");
    }

    [Fact]
    public async Task LinesFromManyThreadsAreAllWrittenWholeAndInEachThreadsOrder()
    {
        var output = new RecordingStream();
        var writer = new BatchedConsoleWriter(output);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(thread => Task.Run(() =>
        {
            for (var line = 0; line < 500; line++)
            {
                writer.WriteLine($"thread {thread} line {line} (é)");
                writer.Flush();
            }
        })));
        writer.Drain();

        var lines = output.Text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2000, lines.Length);
        for (var thread = 0; thread < 4; thread++)
        {
            var own = lines.Where(l => l.StartsWith($"thread {thread} ", StringComparison.Ordinal)).ToList();
            Assert.Equal(Enumerable.Range(0, 500).Select(line => $"thread {thread} line {line} (é)"), own);
        }
    }

    [Fact]
    public void DrainingWritesWhatWasNeverFlushed()
    {
        var output = new RecordingStream();
        var writer = new BatchedConsoleWriter(output);

        writer.Write("the last line before exit");
        writer.Drain();

        Assert.Equal("the last line before exit", output.Text);
    }

    /// <summary>A stream the writer's thread writes and the test reads, safely.</summary>
    private sealed class RecordingStream : Stream
    {
        private readonly MemoryStream _bytes = new();

        public string Text
        {
            get
            {
                lock (_bytes)
                {
                    return Encoding.UTF8.GetString(_bytes.ToArray());
                }
            }
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            lock (_bytes)
            {
                _bytes.Write(buffer, offset, count);
            }
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
