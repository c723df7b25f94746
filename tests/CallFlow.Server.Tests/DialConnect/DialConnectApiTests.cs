using System.Net;
using System.Net.Http.Json;
using System.Text;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.DialConnect;

public sealed class DialConnectApiTests(DialConnectServerFixture fixture) : IClassFixture<DialConnectServerFixture>
{
    private DialConnectServer Server => fixture.Server;

    public static TheoryData<string, string> BadSubmissions => new()
    {
        { """{}""", "phone_number" },
        { """{"phone_number": "12157010680"}""", "dest_phone_number" },
        { """{"phone_number": "+12157010680", "dest_phone_number": "12127773456"}""", "phone_number" },
        { """{"phone_number": "215 701 0680", "dest_phone_number": "12127773456"}""", "phone_number" },
        { """{"phone_number": "02157010680", "dest_phone_number": "12127773456"}""", "phone_number" },
        { """{"phone_number": "123456", "dest_phone_number": "12127773456"}""", "phone_number" },
        { """{"phone_number": "1215701068012345", "dest_phone_number": "12127773456"}""", "phone_number" },
        { """{"phone_number": "12157010680", "dest_phone_number": "sip:nobody"}""", "dest_phone_number" },
        { """{"phone_number": "12157010680", "dest_phone_number": "12127773456", "caller_id": "reception"}""", "caller_id" },
        { """{"phone_number": "12157010680", "dest_phone_number": "12127773456", "max_call_duration": 0}""", "max_call_duration" },
        { """{"phone_number": "12157010680", "dest_phone_number": "12127773456", "delay": -1}""", "delay" },
        { """{"phone_number": "12157010680", "dest_phone_number": "12127773456", "delay": 86401}""", "delay" },
        { """{"phone_number": "12157010680", "dest_phone_number": "12127773456", "delay": "soon"}""", "delay" },
        { """{"phone_number": "12157010680", "dest_phone_number": "12127773456", "delay": 1.5}""", "delay" },
        { $$"""{"phone_number": "12157010680", "dest_phone_number": "12127773456", "memo": "{{new string('m', 1001)}}"}""", "memo" },
        { $$"""{"phone_number": "12157010680", "dest_phone_number": "12127773456", "billing_code": "{{new string('b', 101)}}"}""", "billing_code" },
        { """{"phone_number": "12157010680", "dest_phone_number": "12127773456", "test": "yes"}""", "test" },
        { """{"phonenumber": "12157010680", "dest_phone_number": "12127773456"}""", "phonenumber" },
        { """{"phone_number": 12157010680, "dest_phone_number": "12127773456"}""", "phone_number" },
        { """[{"phone_number": "12157010680"}]""", "body" },
        { """{"phone_number": "12157010680",""", "body" },
        { """{"phone_number": "12157010680", "dest_phone_number": "12127773456", "memo": "\ud800"}""", "memo" },
        { """{"phone_number": "12157010680", "dest_phone_number": "12127773456", "\udfff": 1}""", "body" },
    };

    [Theory]
    [MemberData(nameof(BadSubmissions))]
    public async Task ABadFieldIsA400NamingItAndNothingIsStored(string body, string field)
    {
        var before = await CountAsync();

        using var response = await Server.Api.PostAsync("/api/dial-connect", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(await response.ReadProblemErrorsAsync(), error => error.StartsWith(field + ": ", StringComparison.Ordinal));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsUnsupported()
    {
        using var response = await Server.Api.PostAsync("/api/dial-connect", new StringContent("phone_number=12157010680", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task SipAddressesTheLongestDelayAndNumbersAsStringsAreAccepted()
    {
        var created = await Server.SubmitAsync(new
        {
            phone_number = "sip:alice@example.com",
            dest_phone_number = "442071234567",
            caller_id = "sip:desk@example.com",
            delay = "86400",
            max_call_duration = "30",
            billing_code = "B-7",
            test = true,
        });

        Assert.Equal("test", created.GetProperty("status").GetString());
        Assert.Equal(86400, created.GetProperty("delay").GetInt32());
        Assert.Equal(30, created.GetProperty("max_call_duration").GetInt32());
        Assert.Equal("B-7", created.GetProperty("billing_code").GetString());
    }

    [Fact]
    public async Task ACreatedRequestIsFoundWhereItsLocationSays()
    {
        using var response = await Server.Api.PostAsJsonAsync("/api/dial-connect", new { phone_number = "12157010680", dest_phone_number = "12127773456", test = true });
        var created = await response.ReadJsonAsync();

        var found = await (await Server.Api.GetAsync(response.Headers.Location)).ReadJsonAsync();

        Assert.Equal(created.GetProperty("request_id").GetString(), found.GetProperty("request_id").GetString());
        Assert.Equal(created.GetProperty("created_at").GetDateTimeOffset(), found.GetProperty("created_at").GetDateTimeOffset());
    }

    [Fact]
    public async Task AnUnknownRequestIsNotFound()
    {
        using var get = await Server.Api.GetAsync("/api/dial-connect/no-such-request");
        using var delete = await Server.Api.DeleteAsync("/api/dial-connect/no-such-request");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal("application/problem+json", delete.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheListFiltersByStatusAndChangeTime()
    {
        var test = (await Server.SubmitAsync(new { phone_number = "12157010680", dest_phone_number = "12127773456", test = true })).GetProperty("request_id").GetString();
        var since = Server.Clock.GetUtcNow();
        Server.Clock.Advance(TimeSpan.FromSeconds(1));
        var later = (await Server.SubmitAsync(new { phone_number = "12157010680", dest_phone_number = "12127773456", test = true })).GetProperty("request_id").GetString();

        var tests = await ListAsync("?status=test");
        var changedSince = await ListAsync($"?since={Uri.EscapeDataString(since.AddMilliseconds(1).ToString("O"))}");
        var one = await ListAsync("?status=test&limit=1");

        Assert.Contains(test, tests);
        Assert.Contains(later, tests);
        Assert.Contains(later, changedSince);
        Assert.DoesNotContain(test, changedSince);
        Assert.Equal([later], one);
    }

    [Theory]
    [InlineData("?status=ringing", "status")]
    [InlineData("?since=yesterday", "since")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=1001", "limit")]
    [InlineData("?limit=ten", "limit")]
    public async Task ABadListQueryIsA400NamingIt(string query, string field)
    {
        using var response = await Server.Api.GetAsync("/api/dial-connect" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(await response.ReadProblemErrorsAsync(), error => error.StartsWith(field + ": ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheApiNeedsTheAdminApiKey()
    {
        using var client = Server.CreateClientWithoutApiKey();

        using var response = await client.PostAsJsonAsync("/api/dial-connect", new { phone_number = "12157010680", dest_phone_number = "12127773456" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<IReadOnlyList<string?>> ListAsync(string query) =>
        (await (await Server.Api.GetAsync("/api/dial-connect" + query)).ReadJsonAsync()).GetProperty("requests").EnumerateArray()
            .Select(r => r.GetProperty("request_id").GetString()).ToList();

    private async Task<int> CountAsync() => (await ListAsync("?limit=1000")).Count;
}
