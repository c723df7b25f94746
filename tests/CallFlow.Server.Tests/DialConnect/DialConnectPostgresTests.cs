using System.Net;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.DialConnect;

/// <summary>Click-to-call on PostgreSQL: the same life of a request as on SQLite, through every statement of the store.</summary>
public sealed class DialConnectPostgresTests
{
    [PostgresFact]
    public async Task AWebCallRunsItsWholeLifeOnPostgres()
    {
        await using var schema = await PostgresSchema.CreateAsync("dial_connect");
        await using var server = await OnPostgresAsync(schema);

        await server.CompleteAWebCallAsync();
    }

    [PostgresFact]
    public async Task ScheduledRequestsOnPostgresCanBeCancelledListedAndSurviveARestart()
    {
        await using var schema = await PostgresSchema.CreateAsync("dial_connect");
        await using var server = await OnPostgresAsync(schema);
        var kept = (await server.SubmitAsync(new { phone_number = "12157010680", dest_phone_number = "12127773456", delay = 15 })).GetProperty("request_id").GetString()!;
        var dropped = (await server.SubmitAsync(new { phone_number = "12157010681", dest_phone_number = "12127773456", delay = 15 })).GetProperty("request_id").GetString()!;

        using var cancel = await server.Api.DeleteAsync($"/api/dial-connect/{dropped}");
        await server.RestartAsync();
        var scheduled = await (await server.Api.GetAsync("/api/dial-connect?status=scheduled")).Content.ReadAsStringAsync();
        server.Clock.Advance(TimeSpan.FromMinutes(15));
        await server.WaitUntilDialledAsync(kept);

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Contains(kept, scheduled);
        Assert.DoesNotContain(dropped, scheduled);
        Assert.Equal([kept], server.Platform.StartedTokens);
        Assert.Equal("cancelled", (await server.GetAsync(dropped)).GetProperty("status").GetString());
    }

    private static Task<DialConnectServer> OnPostgresAsync(PostgresSchema schema) =>
        DialConnectServer.StartAsync(("CallFlow:Storage:Provider", "postgres"), ("CallFlow:Storage:ConnectionString", schema.ConnectionString));
}
