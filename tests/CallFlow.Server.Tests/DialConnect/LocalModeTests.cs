using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CallFlow.AspNetCore.Platform;
using CallFlow.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallFlow.Server.Tests.DialConnect;

/// <summary>
/// Click-to-call with CallFlow playing the platform (<c>CallFlow:Platform:Mode</c> = local): the real server on
/// 127.0.0.1, with no platform settings at all, takes a request from scheduled to completed by running the call
/// against its own dial-connect pages.
/// </summary>
public sealed class LocalModeTests
{
    private const string PhoneNumber = "12025550143", DestPhoneNumber = "12025550178";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ARequestGoesFromScheduledToCompletedAndItsCallIsInTheHistory()
    {
        using var server = LocalServer();
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        var created = await SubmitAsync(client);
        var request = await FinalAsync(client, created);

        Assert.Equal("scheduled", created.GetProperty("status").GetString());
        Assert.Equal("completed", request.GetProperty("status").GetString());
        Assert.Equal("completed", request.GetProperty("call_cause").GetString());
        Assert.True(request.GetProperty("seconds_connected_duration").GetDouble() > 0);
        var instance = request.GetProperty("application_instance_id").GetString();
        var call = await FirstLegAsync(client);
        var pages = (await client.GetFromJsonAsync<JsonElement>($"/api/calls/{call}")).GetProperty("exchanges").EnumerateArray().ToList();
        Assert.Equal(["first", "disconnected", "final"], pages.Select(p => p.GetProperty("page").GetString()));
        Assert.All(pages, p => Assert.Equal(instance, p.GetProperty("request").GetProperty("application_instance_id").GetString()));
    }

    [Fact]
    public async Task TheLocalPlatformSendsThePageCredentialsWhenPagesNeedThem()
    {
        using var server = LocalServer(("CallFlow:PageAuth:Username", "platform"), ("CallFlow:PageAuth:Password", "page-secret"));
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        var request = await FinalAsync(client, await SubmitAsync(client));

        Assert.Equal("completed", request.GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheStartupLogSaysLocalModeIsOn()
    {
        var log = new LogRecorder();
        using var server = KestrelCallFlowFactory.Start(factory => LocalSettings(factory).WithServices(services => services.AddSingleton<ILoggerProvider>(log)));

        var line = await log.WaitForLineAsync(l => l.Contains("CallFlow:Platform:Mode is local", StringComparison.Ordinal));

        Assert.Contains("/apps/dial-connect/first", line);
        Assert.Contains("no phone rings", line);
    }

    [Fact]
    public async Task ATestRequestIsStoredAndNeverDialledInLocalModeToo()
    {
        using var server = LocalServer();
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        var created = await SubmitAsync(client, """, "test": true""");
        await FirstDueRequestCompletesAsync(client);

        var request = await client.GetFromJsonAsync<JsonElement>($"/api/dial-connect/{created.GetProperty("request_id").GetString()}");
        Assert.Equal("test", request.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, request.GetProperty("dialing_at").ValueKind);
    }

    [Fact]
    public async Task TheLocalPlatformAnswersStatusAndCancelAboutTheCallsItStarted()
    {
        using var server = LocalServer();
        var platform = server.Services.GetRequiredService<OutboundServiceClient>();

        // A token no request has: the dial-connect app apologises and hangs up, which ends the call.
        var started = Assert.Single(await platform.StartAsync(new OutboundCall(PhoneNumber, DestPhoneNumber) { Token = "no-such-request" }));
        var instance = started.ApplicationInstanceId!;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!(await platform.GetStatusAsync(instance)).Finished)
        {
            Assert.True(waited.Elapsed < Patience, $"The local call {instance} is still running after {Patience.TotalSeconds} s");
            await Task.Delay(50);
        }

        Assert.Equal("finished", (await platform.CancelAsync([instance]))[instance]);
        Assert.Equal("unknown", (await platform.CancelAsync(["0000.1"]))["0000.1"]);
        Assert.Equal(404, (await Assert.ThrowsAsync<PlatformException>(() => platform.GetStatusAsync("0000.1"))).StatusCode);
    }

    private static KestrelCallFlowFactory LocalServer(params (string Key, string? Value)[] settings) =>
        KestrelCallFlowFactory.Start(factory => LocalSettings(factory).WithSettings(settings));

    private static CallFlowFactory LocalSettings(CallFlowFactory factory) => factory.WithSettings(
        ("CallFlow:DialConnect:Enabled", "true"),
        ("CallFlow:DialConnect:PollInterval", "00:00:00.050"),
        ("CallFlow:Platform:Mode", "local"));

    private static async Task<JsonElement> SubmitAsync(HttpClient client, string extraFields = "")
    {
        using var body = new StringContent($$"""{"phone_number": "{{PhoneNumber}}", "dest_phone_number": "{{DestPhoneNumber}}"{{extraFields}}}""", Encoding.UTF8);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/api/dial-connect", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    // Polls the request until it is final: the dispatcher and the simulated call run in the background.
    private static async Task<JsonElement> FinalAsync(HttpClient client, JsonElement created)
    {
        var url = $"/api/dial-connect/{created.GetProperty("request_id").GetString()}";
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var request = await client.GetFromJsonAsync<JsonElement>(url);
            if (request.GetProperty("is_final").GetBoolean())
            {
                return request;
            }

            Assert.True(waited.Elapsed < Patience, $"The request is still {request.GetProperty("status").GetString()} after {Patience.TotalSeconds} s");
            await Task.Delay(50);
        }
    }

    // A real request submitted after a test one: once it is final, the dispatcher has passed over the test request.
    private static async Task FirstDueRequestCompletesAsync(HttpClient client) =>
        Assert.Equal("completed", (await FinalAsync(client, await SubmitAsync(client))).GetProperty("status").GetString());

    // The call to phone_number (the second number's call is its own leg, with its own call id).
    private static async Task<string> FirstLegAsync(HttpClient client)
    {
        var calls = (await client.GetFromJsonAsync<JsonElement>("/api/calls?app=dial-connect")).GetProperty("calls").EnumerateArray();
        return calls.Single(c => c.GetProperty("to").GetString() == PhoneNumber).GetProperty("call_id").GetString()!;
    }
}
