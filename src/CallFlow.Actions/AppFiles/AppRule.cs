using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.AppFiles;

/// <summary>One rule of a page: when it holds, its actions (with placeholders filled in) answer the page.</summary>
public sealed class AppRule
{
    internal AppRule(string path, string? name, string? description, RuleConditions? when, IReadOnlyList<TelephonyAction> actions, ResponseTemplate answer, IReadOnlyList<string> linkedPages)
    {
        Path = path;
        Name = name;
        Description = description;
        When = when;
        Actions = actions;
        Answer = answer;
        LinkedPages = linkedPages;
    }

    /// <summary>Where the rule is in its file (<c>pages.first[1]</c>), for logs.</summary>
    public string Path { get; }

    /// <summary><c>name</c>: a short label for logs and docs.</summary>
    public string? Name { get; }

    /// <summary><c>description</c>: what the rule is for, in the operator's words.</summary>
    public string? Description { get; }

    /// <summary><c>when</c>: the conditions that must all hold; null when the rule always holds.</summary>
    public RuleConditions? When { get; }

    /// <summary><c>actions</c> as written, placeholders still in their strings.</summary>
    public IReadOnlyList<TelephonyAction> Actions { get; }

    /// <summary>The answer, compiled at load so serving it needs no parsing.</summary>
    public ResponseTemplate Answer { get; }

    /// <summary>The pages of this app its actions name as next pages (<c>next_page</c> and the like), each once, in file order.</summary>
    public IReadOnlyList<string> LinkedPages { get; }

    /// <summary>The rule's name, or its path when it has none.</summary>
    public string Label => Name ?? Path;
}
