using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CallFlow.Server.Tests.Infrastructure;

/// <summary>Requests pages the way the platform does.</summary>
public static class PageClientExtensions
{
    public static Task<HttpResponseMessage> PostPageAsync(this HttpClient client, string app, string page, JsonNode request) =>
        client.PostPageAsync(app, page, request.ToJsonString(), "application/json");

    public static Task<HttpResponseMessage> PostPageAsync(this HttpClient client, string app, string page, string body, string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return client.PostAsync($"/apps/{app}/{page}", content);
    }

    public static Task<HttpResponseMessage> GetPageAsync(this HttpClient client, string app, string page, JsonNode request) =>
        client.GetAsync($"/apps/{app}/{page}?instance_info={Uri.EscapeDataString(request.ToJsonString())}");

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>The problem details' <c>errors</c>, flattened to "path: message" lines.</summary>
    public static async Task<IReadOnlyList<string>> ReadProblemErrorsAsync(this HttpResponseMessage response)
    {
        var problem = await response.ReadJsonAsync();
        if (!problem.TryGetProperty("errors", out var errors))
        {
            return [];
        }

        return errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray().Select(m => $"{e.Name}: {m.GetString()}")).ToList();
    }
}
