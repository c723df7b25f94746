using System.Text.Json;

namespace CallFlow.Server.Tests.Platform;

/// <summary>One request the fake platform received, as it arrived (with its Accept header).</summary>
public sealed record PlatformRequest(string Operation, string? Username, string? Password, IReadOnlyDictionary<string, string> Form, string? Accept)
{
    /// <summary>The calls of a service_start request: <c>rest_calls</c> read as one object or an array.</summary>
    public IReadOnlyList<JsonElement> RestCalls
    {
        get
        {
            var root = JsonDocument.Parse(Form["rest_calls"]).RootElement;
            return root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
        }
    }
}
