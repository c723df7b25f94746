using CallFlow.Actions.Media;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Verbs;

namespace CallFlow.Server.Tests.Declarative;

/// <summary>Reads what an answer says first: the test apps' rules each say their own name.</summary>
public static class SaidText
{
    public static string Of(ActionsResponse response) =>
        response.Actions.FirstOrDefault() is Play { PlayList: [TextToSay text, ..] } ? text.Text : $"(no text: {string.Join(", ", response.Actions.Select(a => a.ActionName))})";
}
