using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallFlow.Server.Samples;
using CallFlow.Server.Tests.DialConnect;
using CallFlow.Server.Tests.Infrastructure;
using CallFlow.Server.Tests.Platform;
using Xunit.Abstractions;

namespace CallFlow.Server.Tests.Storage;

/// <summary>
/// The real server process, killed hard while callers are calling and operators are submitting click-to-call
/// requests, then started again on the same database: every exchange that was answered must be in the history, and no
/// click-to-call request is lost or started twice. Run once per engine by the classes below.
/// </summary>
public abstract class RestartTests(ITestOutputHelper output) : IDisposable
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

    [StoreFact]
    public async Task NoClickToCallRequestAcknowledgedBeforeAHardKillIsLostOrStartedTwice()
    {
        await using var platform = await FakePlatform.StartAsync();
        string[] arguments =
        [
            .. StorageArguments,
            .. platform.Configuration().SelectMany(s => new[] { "--" + s.Key, s.Value! }),
            "--CallFlow:DialConnect:Enabled", "true",
            "--CallFlow:DialConnect:PollInterval", "00:00:00.020",
        ];
        var due = new ConcurrentBag<string>();
        var later = new ConcurrentBag<string>();
        await using (var server = await ServerProcess.StartAsync(_contentRoot, arguments))
        {
            using var client = server.CreateClient();
            var operators = Enumerable.Range(0, 3).Select(n => Task.Run(() => SubmitRepeatedlyAsync(client, n, due, later))).ToList();
            while (due.Count < 30 && !operators.All(o => o.IsCompleted))
            {
                await Task.Delay(10);
            }

            server.KillHard();
            await Task.WhenAll(operators);
        }

        await using var restarted = await ServerProcess.StartAsync(_contentRoot, arguments);
        using var api = restarted.CreateClient();
        // Requests stored but not acknowledged when the kill came may exist too; only the acknowledged ones are promised.
        await DialConnectServer.WaitUntilAsync(async () =>
        {
            var scheduled = (await api.GetFromJsonAsync<JsonElement>("/api/dial-connect?status=scheduled&limit=1000")).GetProperty("requests")
                .EnumerateArray().Select(r => r.GetProperty("request_id").GetString()).ToHashSet();
            return !due.Any(scheduled.Contains);
        });

        var started = platform.StartedTokens;
        var unstarted = new List<string>();
        foreach (var id in due)
        {
            var request = await api.GetFromJsonAsync<JsonElement>($"/api/dial-connect/{id}");
            if (!started.Contains(id))
            {
                // Claimed for dialling at the instant of the kill, before service_start went out: at most once, never twice.
                Assert.Equal("dialing", request.GetProperty("status").GetString());
                Assert.Equal(JsonValueKind.Null, request.GetProperty("application_instance_id").ValueKind);
                unstarted.Add(id);
            }
        }

        foreach (var id in later)
        {
            Assert.Equal("scheduled", (await api.GetFromJsonAsync<JsonElement>($"/api/dial-connect/{id}")).GetProperty("status").GetString());
        }

        output.WriteLine($"Click-to-call kill: {due.Count} due and {later.Count} scheduled requests acknowledged before the kill; "
            + $"{started.Count} started, none twice; {unstarted.Count} caught between claim and service_start; every scheduled one still due.");
        Assert.Equal(started.Count, started.Distinct().Count());
        Assert.NotEmpty(later);
    }

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);

    /// <summary>Checks, after the kill, that the history is where this engine keeps it.</summary>
    protected virtual void AssertHistoryWhereExpected(string contentRoot)
    {
    }

    // Submits click-to-call requests, alternately due now and due in an hour, until the server goes away.
    private static async Task SubmitRepeatedlyAsync(HttpClient client, int operatorNumber, ConcurrentBag<string> due, ConcurrentBag<string> later)
    {
        for (var n = 0; ; n++)
        {
            var delay = n % 2 == 0 ? 0 : 60;
            try
            {
                using var response = await client.PostAsJsonAsync("/api/dial-connect",
                    new { phone_number = $"1215{operatorNumber:D3}{n:D4}", dest_phone_number = "12127773456", delay });
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                var id = (await response.ReadJsonAsync()).GetProperty("request_id").GetString()!;
                (delay == 0 ? due : later).Add(id);
            }
            catch (HttpRequestException)
            {
                // The server was killed: this request was never acknowledged, so it may or may not exist.
                return;
            }
        }
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
