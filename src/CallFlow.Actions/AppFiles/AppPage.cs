namespace CallFlow.Actions.AppFiles;

/// <summary>One page of an app file: the rules tried in order when the page is requested.</summary>
public sealed class AppPage
{
    internal AppPage(string name, IReadOnlyList<AppRule> rules)
    {
        Name = name;
        Rules = rules;
    }

    /// <summary>The page name in the URL (<c>first</c> or a next page).</summary>
    public string Name { get; }

    /// <summary>The rules, in file order: the first whose <c>when</c> holds answers.</summary>
    public IReadOnlyList<AppRule> Rules { get; }
}
