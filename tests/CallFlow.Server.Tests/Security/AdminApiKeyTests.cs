using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallFlow.AspNetCore.Security;
using CallFlow.Server.Tests.Calls;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.Security;

public sealed class AdminApiKeyTests(CallsApiFactory server) : IClassFixture<CallsApiFactory>
{
    [Theory]
    [InlineData(null, "The X-Api-Key header is missing.")]
    [InlineData("", "The X-Api-Key header is missing.")]
    [InlineData("test-admin-key-3f9c2", "The X-Api-Key header does not hold the admin API key.")]
    [InlineData("TEST-ADMIN-KEY-3F9C2B", "The X-Api-Key header does not hold the admin API key.")]
    public async Task AMissingOrWrongApiKeyIsAnUnauthorizedProblem(string? key, string title)
    {
        var client = server.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation(AdminApiKeyFilter.HeaderName, key);
        }

        var response = await client.GetAsync("/api/calls");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(title, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task TheConfiguredApiKeyIsLetThrough()
    {
        var response = await server.CreateAdminClient().GetAsync("/api/calls");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WithoutAConfiguredKeyTheAdminApiIsOpen()
    {
        await using var open = new CallFlowFactory();

        var response = await open.CreateClient().GetAsync("/api/calls");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
