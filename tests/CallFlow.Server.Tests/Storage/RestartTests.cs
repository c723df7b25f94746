using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using CallFlow.Server.Samples;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.Storage;

/// <summary>
/// The real server process, killed hard while callers are calling, then started again on the same database: every
/// exchange that was answered must be in the history. Run once per engine by the classes below.
/// </summary>
public abstract class RestartTests : IDisposable
{
    private readonly string _contentRoot = ServerProcess.CreateContentRoot();

    /// <summary>The command line options that point the server at its database.</summary>
    protected abstract string[] StorageArguments { get; }

    [StoreFact]
    public async Task EveryExchangeAnsweredBeforeAHardKillIsThereAfterARestart()
    {
        var answered = new ConcurrentBag<(string CallId, string Page)>();
        await using (var server = await ServerProcess.StartAsync(_contentRoot, StorageArguments))
        {
            using var client = server.CreateClient();
            // Callers keep calling while the server is killed, so some exchanges are cut off mid-way.
            var callers = Enumerable.Range(0, 6).Select(caller => Task.Run(() => CallRepeatedlyAsync(client, caller, answered))).ToList();
            while (answered.Count < 60 && !callers.All(c => c.IsCompleted))
            {
                await Task.Delay(10);
            }

            server.KillHard();
            await Task.WhenAll(callers);
        }

        AssertHistoryWhereExpected(_contentRoot);
        await using var restarted = await ServerProcess.StartAsync(_contentRoot, StorageArguments);
        using var api = restarted.CreateClient();
        foreach (var call in answered.GroupBy(a => a.CallId))
        {
            var details = JsonDocument.Parse(await api.GetStringAsync($"/api/calls/{call.Key}")).RootElement;
            var stored = details.GetProperty("exchanges").EnumerateArray().Select(e => e.GetProperty("page").GetString()).ToList();
            Assert.All(call, a => Assert.Contains(a.Page, stored));
        }
    }

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);

    /// <summary>Checks, after the kill, that the history is where this engine keeps it.</summary>
    protected virtual void AssertHistoryWhereExpected(string contentRoot)
    {
    }

    // Makes calls of the simple-connect sample, one after another, until the server goes away.
    private static async Task CallRepeatedlyAsync(HttpClient client, int caller, ConcurrentBag<(string, string)> answered)
    {
        for (var n = 0; ; n++)
        {
            var callId = $"restart-{caller}-{n}";
            var pages = new (string Page, Func<Task<HttpResponseMessage>> Send, HttpStatusCode Expected)[]
            {
                ("first", () => client.PostPageAsync(SimpleConnectApp.Name, "first", PageRequests.Inbound(callId)), HttpStatusCode.OK),
                (SimpleConnectApp.ConnectedPage, () => client.PostPageAsync(SimpleConnectApp.Name, SimpleConnectApp.ConnectedPage, PageRequests.AfterConnect(callId: callId)), HttpStatusCode.OK),
                ("final", () => client.PostPageAsync(SimpleConnectApp.Name, "final", PageRequests.Final(callId: callId)), HttpStatusCode.NoContent),
            };
            foreach (var (page, send, expected) in pages)
            {
                try
                {
                    using var response = await send();
                    Assert.Equal(expected, response.StatusCode);
                    answered.Add((callId, page));
                }
                catch (HttpRequestException)
                {
                    // The server was killed: this exchange got no answer, so it need not be in the history.
                    return;
                }
            }
        }
    }
}
