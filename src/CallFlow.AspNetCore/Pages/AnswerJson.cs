using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Serialization;

namespace CallFlow.AspNetCore.Pages;

/// <summary>
/// An answer as sent: its UTF-8 JSON for the platform and the same text for the call history. A prevalidated answer
/// never changes, so its JSON is written the first time it is sent and kept as long as its app keeps the answer.
/// </summary>
internal sealed class AnswerJson
{
    private static readonly ConditionalWeakTable<ActionsResponse, AnswerJson> Kept = new();

    private AnswerJson(byte[] utf8, string text)
    {
        Utf8 = utf8;
        Text = text;
    }

    /// <summary>The body sent to the platform.</summary>
    public byte[] Utf8 { get; }

    /// <summary>The body as text, for the call history.</summary>
    public string Text { get; }

    /// <summary>The JSON of <paramref name="answer"/>: kept for a prevalidated answer, written anew for any other.</summary>
    public static AnswerJson Of(PageAnswer answer) =>
        answer.Prevalidated ? Kept.GetValue(answer.Response, Write) : Write(answer.Response);

    private static AnswerJson Write(ActionsResponse response)
    {
        var utf8 = JsonSerializer.SerializeToUtf8Bytes(response, CallFlowJsonContext.Default.ActionsResponse);
        return new AnswerJson(utf8, Encoding.UTF8.GetString(utf8));
    }
}
