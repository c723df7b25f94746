using System.Text.Json;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Verbs;

namespace CallFlow.Cli.Tests.Support;

/// <summary>What a fake page answers: a status, a content type and a body.</summary>
public sealed record FakeAnswer(int Status, string ContentType, string Body)
{
    /// <summary>A valid response holding <paramref name="actions"/>.</summary>
    public static FakeAnswer Actions(params TelephonyAction[] actions) => Response(new ActionsResponse(actions));

    /// <summary>A response written by the wire model.</summary>
    public static FakeAnswer Response(ActionsResponse response) =>
        new(200, "application/json", JsonSerializer.Serialize(response, CallFlowJson.Options));

    /// <summary>A 200 JSON answer exactly as given, valid or not.</summary>
    public static FakeAnswer Json(string json) => new(200, "application/json", json);

    /// <summary>The final page's answer.</summary>
    public static FakeAnswer Empty { get; } = Json("{}");
}
