using System.Diagnostics;
using System.Net;
using CallFlow.Server.Samples;
using CallFlow.Server.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace CallFlow.Server.Tests.Reliability;

/// <summary>
/// The PostgreSQL call store goes away (refused, then hanging) while calls keep coming: pages still answer, /health
/// says the database is unhealthy, and once the database is back the server records again without a restart.
/// </summary>
public sealed class StoreOutageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan RecordTimeout = TimeSpan.FromMilliseconds(500);

    [PostgresFact]
    public async Task PagesKeepAnsweringWhileTheDatabaseIsDownAndTheServerRecoversByItself()
    {
        await using var schema = await PostgresSchema.CreateAsync("outage");
        var direct = new NpgsqlConnectionStringBuilder(schema.ConnectionString);
        await using var proxy = new DatabaseProxy(direct.Host!, direct.Port);
        // Long database timeouts, so that only CallFlow's own bound (RecordTimeout) can keep a page short while the database hangs.
        var viaProxy = new NpgsqlConnectionStringBuilder(schema.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port, Timeout = 60, CommandTimeout = 60 };
        await using var server = new CallFlowFactory().WithSettings(
            ("CallFlow:Storage:Provider", "postgres"),
            ("CallFlow:Storage:ConnectionString", viaProxy.ConnectionString),
            ("CallFlow:Pages:RecordTimeout", RecordTimeout.ToString()));
        var client = server.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(10);

        await AssertAnsweredAndRecordedAsync(server, client, "before");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        proxy.Refuse();
        await AssertAnsweredAsync(client, "refused", 5);
        using (var health = await client.GetAsync("/health"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Equal("Unhealthy", (await health.ReadJsonAsync()).GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        }

        proxy.Hang();
        var hanging = Stopwatch.StartNew();
        await AssertAnsweredAsync(client, "hanging", 5);
        output.WriteLine($"Store outage: 5 pages answered in {hanging.Elapsed.TotalSeconds:0.0} s while the database hung (RecordTimeout {RecordTimeout.TotalMilliseconds} ms each).");

        proxy.Forward();
        var recovering = Stopwatch.StartNew();
        await DialConnect.DialConnectServer.WaitUntilAsync(async () => (await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK);
        await AssertAnsweredAndRecordedAsync(server, client, "after");
        output.WriteLine($"Store outage: healthy and recording again {recovering.Elapsed.TotalSeconds:0.0} s after the database came back, without a restart.");
    }

    private static async Task AssertAnsweredAsync(HttpClient client, string phase, int calls)
    {
        for (var call = 0; call < calls; call++)
        {
            using var response = await client.PostPageAsync(SimpleConnectApp.Name, "first", PageRequests.Inbound($"outage-{phase}-{call}"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static async Task AssertAnsweredAndRecordedAsync(CallFlowFactory server, HttpClient client, string phase)
    {
        await AssertAnsweredAsync(client, phase, 1);
        Assert.Single(await server.RecordedExchangesAsync($"outage-{phase}-0"));
    }
}
