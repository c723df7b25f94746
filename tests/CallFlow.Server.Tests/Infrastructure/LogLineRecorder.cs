using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace CallFlow.Server.Tests.Infrastructure;

/// <summary>
/// A Serilog sink, registered as a service (CallFlow reads sinks from the container), that keeps every event so tests
/// can read the lines a console would show, in whichever format they name.
/// </summary>
public sealed class LogLineRecorder : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>Every event so far, each written by <paramref name="format"/> (a JSON line or a text line with its exception).</summary>
    public IReadOnlyList<string> Lines(ITextFormatter format) => _events.Select(e => Write(format, e)).ToList();

    /// <summary>The first line matching <paramref name="match"/>, waiting up to five seconds: a request's line is written once its pipeline completes.</summary>
    public async Task<string> WaitForLineAsync(ITextFormatter format, Func<string, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            if (Lines(format).FirstOrDefault(match) is { } line)
            {
                return line;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("No log line matched; the lines were:\n" + string.Join("", Lines(format)));
            }

            await Task.Delay(20);
        }
    }

    private static string Write(ITextFormatter format, LogEvent logEvent)
    {
        using var text = new StringWriter();
        format.Format(logEvent, text);
        return text.ToString();
    }
}
