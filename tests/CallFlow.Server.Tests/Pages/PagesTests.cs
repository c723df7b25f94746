using System.Net;
using System.Text.Json;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Validation;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.Pages;

public class PagesTests(CallFlowFactory factory) : IClassFixture<CallFlowFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task PostingFirstPageToSimpleConnectReturnsGreetingAndConnect()
    {
        var response = await _client.PostPageAsync("simple-connect", "first", PageRequests.Inbound("c-first"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("2.0", body.GetProperty("api_version").GetString());
        var actions = body.GetProperty("actions");
        Assert.Equal("Thank you for calling. Connecting you now.", actions[0].GetProperty("play").GetProperty("play_list")[0].GetProperty("text_to_say").GetString());
        var connect = actions[1].GetProperty("connect");
        Assert.Equal(["441908273800", "441908273802"], connect.GetProperty("destinations").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("connected", connect.GetProperty("next_page").GetProperty("url").GetString());
        Assert.False(connect.TryGetProperty("seconds_answer_timeout", out _), "unset properties are omitted so platform defaults apply");
    }

    [Fact]
    public async Task ActionListsAreSentAsUtf8JsonWithContentLength()
    {
        var response = await _client.PostPageAsync("simple-connect", "first", PageRequests.Inbound());

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.False(response.Headers.TransferEncodingChunked ?? false);
        var parsed = JsonSerializer.Deserialize(bytes, CallFlowJsonContext.Default.ActionsResponse)!;
        Assert.True(ActionsResponseValidator.Instance.Validate(parsed).IsValid);
    }

    [Fact]
    public async Task NextPageAfterConnectSaysHowLongTheCallerWasConnected()
    {
        var response = await _client.PostPageAsync("simple-connect", "connected", PageRequests.AfterConnect("47.3"));

        var body = await response.ReadJsonAsync();
        Assert.Equal("You were connected for 47.3 seconds. Goodbye.",
            body.GetProperty("actions")[0].GetProperty("play").GetProperty("play_list")[0].GetProperty("text_to_say").GetString());
        Assert.True(body.GetProperty("actions")[1].TryGetProperty("hang_up", out _));
    }

    [Fact]
    public async Task GettingAPageWithInstanceInfoInTheQueryAnswersLikeAPost()
    {
        var response = await _client.GetPageAsync("simple-connect", "first", PageRequests.Inbound("c-get"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("actions")[1].TryGetProperty("connect", out _));
    }

    [Fact]
    public async Task PostingAFormEncodedInstanceInfoFieldAnswersLikeJson()
    {
        var form = new FormUrlEncodedContent([new("instance_info", PageRequests.Inbound("c-form").ToJsonString())]);

        var response = await _client.PostAsync("/apps/simple-connect/first", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostingTheWrappedFormAnswersLikeTheBareInstanceInfo()
    {
        var bare = await _client.PostPageAsync("simple-connect", "first", PageRequests.Inbound("c-bare"));
        var wrapped = await _client.PostPageAsync("simple-connect", "first", PageRequests.Wrapped(PageRequests.Inbound("c-wrapped")));

        Assert.Equal(HttpStatusCode.OK, wrapped.StatusCode);
        Assert.Equal(await bare.Content.ReadAsStringAsync(), await wrapped.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/octet-stream")]
    [InlineData("text/plain; charset=utf-8")]
    public async Task InstanceInfoJsonIsReadWhateverContentTypeItCarries(string? contentType)
    {
        var callId = $"c-type-{contentType?.Length ?? 0}";

        var response = await _client.PostPageAsync("simple-connect", "first", PageRequests.Inbound(callId).ToJsonString(), contentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, Assert.Single(await factory.RecordedExchangesAsync(callId)).ContentType);
    }

    [Fact]
    public async Task AFormFieldIsReadEvenUnderAnotherContentType()
    {
        var body = "instance_info=" + Uri.EscapeDataString(PageRequests.Inbound("c-form-text").ToJsonString());

        var response = await _client.PostPageAsync("simple-connect", "first", body, "text/plain");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ARequestWithoutThisCallIsAnsweredWithNoContentAndRecorded(bool isNotification)
    {
        var request = PageRequests.With(PageRequests.WithoutThisCall(isNotification), info => info["application_instance_id"] = $"no-call-{isNotification}");

        var response = await _client.PostPageAsync("simple-connect", "first", request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains(await factory.RecordedWithoutCallAsync(), r => r.StatusCode == 204 && r.Request.Contains($"no-call-{isNotification}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADeclarativeAppAnswersARequestWithoutThisCallByItsRulesNotItsFallback()
    {
        var request = PageRequests.With(PageRequests.WithoutThisCall(isNotification: true), info => info["application_instance_id"] = "no-call-reception");

        var response = await _client.PostPageAsync("reception", "first", request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains(await factory.RecordedWithoutCallAsync(), r => r.Request.Contains("no-call-reception", StringComparison.Ordinal) && r.Failure is null);
    }

    [Fact]
    public async Task NotificationsGetNoContent()
    {
        var response = await _client.PostPageAsync("simple-connect", "first", PageRequests.Notification("c-note"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains(await factory.RecordedExchangesAsync("c-note"), e => e.StatusCode == 204);
    }

    [Fact]
    public async Task FinalPageGetsNoContentAndIsRecordedWithItsDroppedCalls()
    {
        var response = await _client.PostPageAsync("simple-connect", "final", PageRequests.Final(callId: "c-final"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var recorded = Assert.Single(await factory.RecordedExchangesAsync("c-final"));
        Assert.Contains("dropped_calls", recorded.Request, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorPageWithoutAHandlerApologisesAndHangsUp()
    {
        var response = await _client.PostPageAsync("simple-connect", "error", PageRequests.With(PageRequests.Inbound(), i =>
            i["error_result"] = new System.Text.Json.Nodes.JsonObject { ["action"] = "connect", ["result"] = "bad destination" }));

        var body = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("actions")[1].TryGetProperty("hang_up", out _));
    }

    [Fact]
    public async Task UnknownFieldsAreIgnoredAtEveryLevel()
    {
        var request = PageRequests.With(PageRequests.Inbound(), i =>
        {
            i["brand_new_field"] = 1;
            i["this_call"]!["another_new_field"] = new System.Text.Json.Nodes.JsonObject { ["x"] = true };
        });
        request["top_level_extra"] = "ignored";

        var response = await _client.PostPageAsync("simple-connect", "first", request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task EveryAnsweredPageIsRecordedWithItsRequestAndResponse()
    {
        await _client.PostPageAsync("simple-connect", "first", PageRequests.Inbound("c-recorded"));

        var exchange = Assert.Single(await factory.RecordedExchangesAsync("c-recorded"));
        Assert.Equal(("simple-connect", "first", 200, "06e122c3364cc74c.787379"), (exchange.App, exchange.Page, exchange.StatusCode, exchange.ApplicationInstanceId));
        Assert.Contains("\"connect\"", exchange.Response, StringComparison.Ordinal);
        Assert.Null(exchange.Failure);
    }
}
