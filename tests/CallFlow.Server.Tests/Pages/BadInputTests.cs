using System.Net;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.Pages;

public class BadInputTests(CallFlowFactory factory) : IClassFixture<CallFlowFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("{\"instance_info\": {\"this_call\": ", "instance_info.this_call")]
    [InlineData("not json at all", "The body is not a valid page request")]
    [InlineData("[1, 2, 3]", "must be a JSON object")]
    public async Task MalformedJsonGetsProblemDetails(string body, string expectedDetail)
    {
        var response = await _client.PostPageAsync("simple-connect", "first", body, "application/json");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, expectedDetail);
    }

    [Fact]
    public async Task PostingFirstPageWithoutCallIdReturnsProblemDetails()
    {
        var request = PageRequests.With(PageRequests.Inbound(), i => i["this_call"]!.AsObject().Remove("call_id"));

        var response = await _client.PostPageAsync("simple-connect", "first", request);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "call_id");
        Assert.Contains("instance_info.this_call.call_id: is required", await response.ReadProblemErrorsAsync());
    }

    [Fact]
    public async Task PostingNeitherThisCallNorAnInstanceIdNamesTheInstanceId()
    {
        var request = PageRequests.With(PageRequests.WithoutThisCall(isNotification: true), i => i.Remove("application_instance_id"));

        var response = await _client.PostPageAsync("simple-connect", "first", request);

        Assert.Contains("instance_info.application_instance_id: is required when there is no this_call", await response.ReadProblemErrorsAsync());
    }

    [Fact]
    public async Task PostingAnEmptyObjectNamesTheMissingCall()
    {
        var response = await _client.PostPageAsync("simple-connect", "first", "{}", "application/json");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "this_call");
    }

    [Theory]
    [InlineData("call_id", "12345")]
    [InlineData("seconds_call_duration", "\"long\"")]
    [InlineData("call_from", "{\"x\": 1}")]
    public async Task AWrongJsonTypeIsNamedByItsPath(string field, string value)
    {
        var request = PageRequests.Inbound().ToJsonString().Replace($"\"{field}\":", $"\"{field}\":{value},\"ignored_{field}\":", StringComparison.Ordinal);

        var response = await _client.PostPageAsync("simple-connect", "first", request, "application/json");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, $"instance_info.this_call.{field}");
    }

    [Theory]
    [InlineData("text/plain", "hello")]
    [InlineData("application/xml", "<instance_info/>")]
    [InlineData(null, "other=1")]
    public async Task ABodyThatIsNeitherJsonNorAnInstanceInfoFormGets415(string? contentType, string body)
    {
        var response = await _client.PostPageAsync("simple-connect", "first", body, contentType);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, contentType ?? "(none)");
    }

    [Fact]
    public async Task AFormWithoutTheInstanceInfoFieldGets400NamingIt()
    {
        var response = await _client.PostPageAsync("simple-connect", "first", "other=1", "application/x-www-form-urlencoded");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "instance_info");
    }

    [Fact]
    public async Task AnEmptyBodyGets400()
    {
        var response = await _client.PostPageAsync("simple-connect", "first", "", "application/json");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "empty");
    }

    [Fact]
    public async Task ABodyOver64KibGets413()
    {
        var huge = PageRequests.With(PageRequests.Inbound(), i => i["padding"] = new string('x', 70_000));

        var response = await _client.PostPageAsync("simple-connect", "first", huge);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "65536");
    }

    [Fact]
    public async Task InvalidUtf8Gets400()
    {
        var content = new ByteArrayContent([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]);
        content.Headers.ContentType = new("application/json");

        var response = await _client.PostAsync("/apps/simple-connect/first", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task DeeplyNestedJsonGets400()
    {
        var deep = "{\"instance_info\":" + string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 201);

        var response = await _client.PostPageAsync("simple-connect", "first", deep, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AGetWithoutInstanceInfoGets400()
    {
        var response = await _client.GetAsync("/apps/simple-connect/first");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "instance_info");
    }

    [Fact]
    public async Task AFormWithoutInstanceInfoGets400()
    {
        var response = await _client.PostAsync("/apps/simple-connect/first", new FormUrlEncodedContent([new("other", "1")]));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "instance_info");
    }

    [Fact]
    public async Task AnUnknownAppGets404ProblemDetails()
    {
        var response = await _client.PostPageAsync("no-such-app", "first", PageRequests.Inbound());

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "no-such-app");
    }

    [Fact]
    public async Task AnUnknownPageGets404ProblemDetails()
    {
        var response = await _client.PostPageAsync("simple-connect", "nowhere", PageRequests.Inbound());

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "nowhere");
    }

    [Fact]
    public async Task ARejectedRequestIsStillRecordedWithTheReason()
    {
        var request = PageRequests.With(PageRequests.Inbound(), i => i["this_call"]!["call_id"] = "");

        await _client.PostPageAsync("simple-connect", "first", request);

        Assert.Contains(await factory.RecordedWithoutCallAsync(), e => e.StatusCode == 400 && e.Request.Contains("\"call_id\":\"\"", StringComparison.Ordinal) && e.Failure!.Contains("call_id", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheServerKeepsServingAfterBadInput()
    {
        await _client.PostPageAsync("simple-connect", "first", "{{{{", "application/json");

        var response = await _client.PostPageAsync("simple-connect", "first", PageRequests.Inbound());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailContains)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Contains(detailContains, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
