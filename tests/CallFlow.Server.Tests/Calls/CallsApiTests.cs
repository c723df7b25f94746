using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallFlow.Actions.Recordings;
using CallFlow.Actions.Serialization;
using CallFlow.AspNetCore.Calls;
using CallFlow.Server.Samples;
using CallFlow.Server.Tests.Infrastructure;
using static CallFlow.Server.Tests.Storage.SampleExchanges;

namespace CallFlow.Server.Tests.Calls;

public sealed class CallsApiTests(CallsApiFactory server) : IClassFixture<CallsApiFactory>
{
    private readonly HttpClient _client = server.CreateAdminClient();

    [Fact]
    public async Task CallsAreListedNewestFirstInSnakeCaseAndPagedByCursor()
    {
        var app = NewApp();
        var (oldest, middle, newest) = (NewCallId(), NewCallId(), NewCallId());
        await server.History.AppendAllAsync([.. Call(app, oldest, Start), .. Call(app, middle, Start.AddMinutes(1), "busy"), .. Call(app, newest, Start.AddMinutes(2))]);

        var first = await GetJsonAsync($"/api/calls?app={app}&limit=2");
        var cursor = first.GetProperty("next_cursor").GetString();
        var second = await GetJsonAsync($"/api/calls?app={app}&limit=2&cursor={cursor}");

        Assert.Equal([newest, middle], CallIds(first));
        Assert.Equal([oldest], CallIds(second));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next_cursor").ValueKind);
        var listed = first.GetProperty("calls")[1];
        Assert.Equal(
            ["call_id", "app", "from", "to", "first_seen", "last_seen", "last_page", "final_cause", "exchange_count", "has_problem"],
            listed.EnumerateObject().Select(p => p.Name));
        Assert.Equal((From, To, "final", "busy", 2), (listed.GetProperty("from").GetString(), listed.GetProperty("to").GetString(),
            listed.GetProperty("last_page").GetString(), listed.GetProperty("final_cause").GetString(), listed.GetProperty("exchange_count").GetInt32()));
        Assert.Equal(Start.AddMinutes(1), listed.GetProperty("first_seen").GetDateTimeOffset());
    }

    [Fact]
    public async Task TheListFiltersByNumberPrefixAndOutcome()
    {
        var app = NewApp();
        var (failed, clean) = (NewCallId(), NewCallId());
        await server.History.AppendAllAsync([FirstPageBetween(app, failed, Start, "4420799933", To) with { Failure = "fell back" }, FirstPageBetween(app, clean, Start, "4419", To)]);

        var byNumber = await GetJsonAsync($"/api/calls?app={app}&number=44207999");
        var problems = await GetJsonAsync($"/api/calls?app={app}&outcome=problem");

        Assert.Equal([failed], CallIds(byNumber));
        Assert.Equal([failed], CallIds(problems));
        Assert.True(problems.GetProperty("calls")[0].GetProperty("has_problem").GetBoolean());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("since=yesterday", "since")]
    [InlineData("cursor=not*a*cursor", "cursor")]
    [InlineData("cursor=bm90LWEtY3Vyc29y", "cursor")]
    [InlineData("app=", "app")]
    [InlineData("app=%20&limit=-1", "limit")]
    [InlineData("number=", "number")]
    [InlineData("outcome=failed", "outcome")]
    [InlineData("until=tomorrow", "until")]
    [InlineData("since=2026-02-01T00:00:00Z&until=2026-01-01T00:00:00Z", "until")]
    public async Task ABadQueryParameterIsAProblemNamingIt(string query, string parameter)
    {
        var response = await _client.GetAsync($"/api/calls?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors should name '{parameter}': {problem}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("/recording")]
    public async Task AnUnknownCallIsANotFoundProblem(string suffix)
    {
        var response = await _client.GetAsync($"/api/calls/{NewCallId()}{suffix}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("No such call.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task ACallShowsItsExchangesInOrderWithRequestsAsJsonOrAsReceived()
    {
        var app = NewApp();
        var callId = NewCallId();
        var malformed = Page(app, callId, "menu", Start.AddSeconds(1)) with
        {
            Request = "instance_info={broken", StatusCode = 400, Response = """{"title":"Bad page request."}""", Failure = "not JSON",
        };
        await server.History.AppendAllAsync([Page(app, callId, "first", Start), malformed, Page(app, callId, "final", Start.AddSeconds(2), "completed")]);

        var details = await GetJsonAsync($"/api/calls/{callId}");

        Assert.Equal(callId, details.GetProperty("call").GetProperty("call_id").GetString());
        var exchanges = details.GetProperty("exchanges").EnumerateArray().ToList();
        Assert.Equal(["first", "menu", "final"], exchanges.Select(e => e.GetProperty("page").GetString()));
        Assert.Equal(callId, exchanges[0].GetProperty("request").GetProperty("this_call").GetProperty("call_id").GetString());
        Assert.Equal("instance_info={broken", exchanges[1].GetProperty("request_text").GetString());
        Assert.False(exchanges[1].TryGetProperty("request", out _));
        Assert.Equal(("not JSON", 400), (exchanges[1].GetProperty("failure").GetString(), exchanges[1].GetProperty("status_code").GetInt32()));
    }

    [Fact]
    public async Task TheRecordingOfACallHoldsEachRequestAndTheAnswerExpected()
    {
        var app = NewApp();
        var callId = NewCallId();
        var rejected = Page(app, callId, "menu", Start.AddSeconds(1)) with
        {
            Method = "GET", StatusCode = 400, Response = """{"title":"Bad page request.","status":400,"traceId":"00-abc-def-01"}""", Failure = "invalid",
        };
        var notification = Page(app, callId, "final", Start.AddSeconds(2), "completed") with { StatusCode = 204, Response = null };
        await server.History.AppendAllAsync([Page(app, callId, "first", Start), rejected, notification]);

        var response = await _client.GetAsync($"/api/calls/{callId}/recording");
        var recording = JsonSerializer.Deserialize<Recording>(await response.Content.ReadAsStringAsync(), CallFlowJson.Options)!;

        Assert.Equal(app, recording.App);
        Assert.Equal(
            [("first", "POST", 200), ("menu", "GET", 400), ("final", "POST", 204)],
            recording.Exchanges.Select(e => (e.Page, e.Method, e.ExpectedStatus)));
        Assert.Empty(JsonTreeComparer.Compare(Json(Request(callId)), recording.Exchanges[0].Request!.Value));
        Assert.Empty(JsonTreeComparer.Compare(Json(Answer), recording.Exchanges[0].ExpectedResponse!.Value));
        Assert.Empty(JsonTreeComparer.Compare(Json("""{"title":"Bad page request.","status":400}"""), recording.Exchanges[1].ExpectedResponse!.Value));
        Assert.Null(recording.Exchanges[2].ExpectedResponse);
        Assert.Equal(Start.AddSeconds(2), recording.Exchanges[2].ReceivedAt);
    }

    [Fact]
    public async Task ADownloadedRecordingReplaysGreenAgainstTheSameServer()
    {
        var callId = NewCallId();
        var pages = server.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await pages.PostPageAsync(SimpleConnectApp.Name, "first", PageRequests.Inbound(callId))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await pages.GetPageAsync(SimpleConnectApp.Name, SimpleConnectApp.ConnectedPage, PageRequests.AfterConnect(callId: callId))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await pages.PostPageAsync(SimpleConnectApp.Name, "final", PageRequests.Final(callId: callId))).StatusCode);

        var recording = JsonSerializer.Deserialize(await _client.GetByteArrayAsync($"/api/calls/{callId}/recording"), CallFlowJsonContext.Default.Recording)!;
        var outcomes = await new RecordingReplayer(server.CreateClient(), server.Server.BaseAddress).ReplayAsync(recording);

        Assert.Equal([("first", "POST"), ("connected", "GET"), ("final", "POST")], recording.Exchanges.Select(e => (e.Page, e.Method)));
        Assert.All(outcomes, outcome => Assert.True(outcome.Passed,
            $"exchange {outcome.Index} ({outcome.Page}): status {outcome.ActualStatus} (expected {outcome.ExpectedStatus}); {string.Join("; ", outcome.Differences)}"));
    }

    [Fact]
    public async Task AFormEncodedRequestIsRecordedWithItsContentTypeAndReplaysAsAForm()
    {
        var callId = NewCallId();
        var form = new FormUrlEncodedContent([new("instance_info", PageRequests.Inbound(callId).ToJsonString())]);
        Assert.Equal(HttpStatusCode.OK, (await server.CreateClient().PostAsync($"/apps/{SimpleConnectApp.Name}/first", form)).StatusCode);

        var recording = JsonSerializer.Deserialize(await _client.GetByteArrayAsync($"/api/calls/{callId}/recording"), CallFlowJsonContext.Default.Recording)!;
        var exchange = Assert.Single(recording.Exchanges);
        using var replayed = new RecordingReplayer(server.CreateClient(), server.Server.BaseAddress).BuildRequest(recording.App, exchange);

        Assert.Equal("application/x-www-form-urlencoded", exchange.ContentType);
        Assert.Equal(callId, exchange.Request!.Value.GetProperty("this_call").GetProperty("call_id").GetString());
        Assert.Equal("application/x-www-form-urlencoded", replayed.Content!.Headers.ContentType!.MediaType);
        Assert.StartsWith("instance_info=%7B", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplayingARecordingAgainstTheSameServerRecordsANewCallAndLeavesTheOriginalAlone()
    {
        var callId = NewCallId();
        var pages = server.CreateClient();
        await pages.PostPageAsync(SimpleConnectApp.Name, "first", PageRequests.Inbound(callId));
        await pages.PostPageAsync(SimpleConnectApp.Name, "final", PageRequests.Final(callId: callId));
        var recording = JsonSerializer.Deserialize(await _client.GetByteArrayAsync($"/api/calls/{callId}/recording"), CallFlowJsonContext.Default.Recording)!;

        var outcomes = await new RecordingReplayer(server.CreateClient(), server.Server.BaseAddress).ReplayAsync(recording);

        Assert.All(outcomes, outcome => Assert.True(outcome.Passed, string.Join("; ", outcome.Differences)));
        Assert.Equal(2, (await server.History.FindCallAsync(callId, CancellationToken.None))!.Exchanges.Count);
        var listed = CallIds(await GetJsonAsync($"/api/calls?app={SimpleConnectApp.Name}&limit={CallQuery.MaxLimit}"));
        var replay = Assert.Single(listed, id => id!.StartsWith(callId + "-replay-", StringComparison.Ordinal));
        Assert.Equal(["first", "final"], (await server.History.FindCallAsync(replay!, CancellationToken.None))!.Exchanges.Select(e => e.Page));
    }

    [Fact]
    public async Task TheHealthReportSaysWhetherTheDatabaseAnswers()
    {
        var health = await GetJsonAsync("/health");

        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    private async Task<JsonElement> GetJsonAsync(string uri)
    {
        var response = await _client.GetAsync(uri);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static IEnumerable<string?> CallIds(JsonElement page) => page.GetProperty("calls").EnumerateArray().Select(c => c.GetProperty("call_id").GetString());

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
