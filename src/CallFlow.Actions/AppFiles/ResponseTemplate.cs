using CallFlow.Actions.Responses;
using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.AppFiles;

/// <summary>
/// A rule's answer compiled at load: a rule without placeholders answers one shared response; otherwise only the
/// values holding placeholders are filled in per request, with no JSON parsing.
/// Answers may share objects with each other, so treat them as read-only.
/// </summary>
public sealed class ResponseTemplate
{
    private readonly ActionsResponse? _constant;
    private readonly TemplateNode[] _actions;

    internal ResponseTemplate(TemplateNode[] actions)
    {
        _actions = actions;
        if (actions.All(a => a is ConstantNode))
        {
            _constant = new ActionsResponse(actions.Select(a => (TelephonyAction)((ConstantNode)a).Value!));
        }
    }

    /// <summary>Whether the answer is the same for every call (no placeholders).</summary>
    public bool IsConstant => _constant is not null;

    /// <summary>The answer for one request.</summary>
    public ActionsResponse Render(PlaceholderValues values)
    {
        if (_constant is not null)
        {
            return _constant;
        }

        var response = new ActionsResponse { Actions = new List<TelephonyAction>(_actions.Length) };
        foreach (var action in _actions)
        {
            response.Actions.Add((TelephonyAction)action.Build(values)!);
        }

        return response;
    }
}
