using System.Diagnostics;
using System.Net;
using CallFlow.Server.Samples;
using CallFlow.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CallFlow.Server.Tests.Reliability;

/// <summary>
/// Sustained load on a page route of the real server process: whole calls (first page, next page, final page) from
/// several callers at once for a bounded time, with zero errors and a working set that stays flat after warm-up.
/// A few seconds in the normal test run; set <c>CALLFLOW_SOAK_SECONDS</c> for a long soak.
/// </summary>
public sealed class SoakTests(ITestOutputHelper output) : IDisposable
{
    public const string DurationVariable = "CALLFLOW_SOAK_SECONDS";
    private const int Callers = 4;

    // Generous: the runtime grows its heaps as it sees fit; a leak of a few KB per call grows far past this in a long soak.
    private const long AllowedGrowthBytes = 96L * 1024 * 1024;

    private readonly string _contentRoot = ServerProcess.CreateContentRoot();

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);

    [Fact]
    public async Task PagesAnswerEveryCallWithoutErrorsAndMemoryStaysFlat()
    {
        var duration = TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable(DurationVariable), out var seconds) ? seconds : 4);
        var warmUp = TimeSpan.FromSeconds(Math.Clamp(duration.TotalSeconds / 5, 1, 30));
        await using var server = await ServerProcess.StartAsync(_contentRoot);
        using var client = server.CreateClient();
        var errors = new List<string>();
        var exchanges = 0L;
        var clock = Stopwatch.StartNew();

        var callers = Enumerable.Range(0, Callers).Select(caller => Task.Run(async () =>
        {
            for (var n = 0; clock.Elapsed < duration; n++)
            {
                foreach (var (page, request, expected) in Call($"soak-{caller}-{n}"))
                {
                    try
                    {
                        using var response = await client.PostPageAsync(SimpleConnectApp.Name, page, request);
                        await response.Content.ReadAsByteArrayAsync();
                        if (response.StatusCode != expected)
                        {
                            lock (errors)
                            {
                                errors.Add($"{page}: {(int)response.StatusCode}");
                            }
                        }
                    }
                    catch (HttpRequestException exception)
                    {
                        lock (errors)
                        {
                            errors.Add($"{page}: {exception.Message}");
                        }
                    }

                    Interlocked.Increment(ref exchanges);
                }
            }
        })).ToList();
        var samples = new List<long>();
        while (!callers.All(c => c.IsCompleted))
        {
            await Task.Delay(250);
            if (clock.Elapsed > warmUp)
            {
                samples.Add(server.WorkingSetBytes);
            }
        }

        await Task.WhenAll(callers);
        var baseline = samples.Count > 0 ? samples[0] : server.WorkingSetBytes;
        var peak = samples.Count > 0 ? samples.Max() : baseline;
        output.WriteLine($"Soak: {exchanges} page exchanges by {Callers} callers in {clock.Elapsed.TotalSeconds:0.0} s ({exchanges / clock.Elapsed.TotalSeconds:0} per second), "
            + $"{errors.Count} errors; working set after warm-up {baseline / 1048576.0:0.0} MiB, peak {peak / 1048576.0:0.0} MiB over {samples.Count} samples.");
        Assert.True(errors.Count == 0, $"{errors.Count} errors, first: {string.Join("; ", errors.Take(10))}");
        Assert.True(exchanges > 0, "The soak sent nothing.");
        Assert.True(peak - baseline < AllowedGrowthBytes, $"The working set grew by {(peak - baseline) / 1048576.0:0.0} MiB after warm-up.");
        using var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private static IEnumerable<(string Page, System.Text.Json.Nodes.JsonObject Request, HttpStatusCode Expected)> Call(string callId) =>
    [
        ("first", PageRequests.Inbound(callId), HttpStatusCode.OK),
        (SimpleConnectApp.ConnectedPage, PageRequests.AfterConnect(callId: callId), HttpStatusCode.OK),
        ("final", PageRequests.Final(callId: callId), HttpStatusCode.NoContent),
    ];
}
