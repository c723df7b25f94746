using CallFlow.Actions.AppFiles;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Responses;
using CallFlow.AspNetCore.Apps;

namespace CallFlow.AspNetCore.Declarative;

/// <summary>
/// An app served from a JSON app file: each page tries its rules in order and the first whose <c>when</c> holds
/// answers, placeholders filled in from the request; when none holds, the file's fallback answers.
/// Besides its own pages, every file app has <c>final</c> (no actions) and <c>error</c> (the fallback).
/// </summary>
public sealed partial class DeclarativeApp : ICallFlowApp, IPrevalidatedAnswers
{

    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly HashSet<ActionsResponse> _prevalidated;

    /// <summary>Serves <paramref name="file"/>, reading the time of day from <paramref name="time"/>.</summary>
    public DeclarativeApp(AppFile file, TimeProvider time, ILogger<DeclarativeApp> logger)
    {
        File = file;
        _time = time;
        _logger = logger;
        // The reader validated the fallback and every rule's answer; those without placeholders are one shared instance each.
        _prevalidated = new HashSet<ActionsResponse>(ReferenceEqualityComparer.Instance) { file.Fallback };
        foreach (var rule in file.Pages.Values.SelectMany(page => page.Rules).Where(rule => rule.Answer.IsConstant))
        {
            _prevalidated.Add(rule.Answer.Render(PlaceholderValues.Sample));
        }
    }

    /// <summary>The app file this app serves.</summary>
    public AppFile File { get; }

    /// <inheritdoc />
    public string Name => File.Name;

    /// <inheritdoc />
    public ActionsResponse Fallback => File.Fallback;

    /// <inheritdoc />
    /// <remarks>A file app answers from memory in microseconds, so the server default is plenty.</remarks>
    public TimeSpan? Timeout => null;

    /// <inheritdoc />
    public bool HasPage(string page) => File.Pages.ContainsKey(page) || PageNames.EveryAppHas(page);

    /// <inheritdoc />
    public ValueTask<ActionsResponse> AnswerAsync(PageContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Answer(context));

    /// <inheritdoc />
    public bool IsPrevalidated(ActionsResponse response) => _prevalidated.Contains(response);

    /// <summary>Answers a page at once: nothing here waits.</summary>
    public ActionsResponse Answer(PageContext context)
    {
        if (!File.Pages.TryGetValue(context.Page, out var page))
        {
            return PageNames.UnhandledAnswer(context.Page, Fallback);
        }

        var values = PlaceholderValues.From(context.Instance);
        var clock = new LocalClock(_time, File.TimeZone);
        foreach (var rule in page.Rules)
        {
            if (rule.When is null || RuleMatcher.Holds(rule.When, values, context.Instance.ThisCall?.ApplicationParameters, ref clock))
            {
                LogRuleAnswered(Name, context.Page, rule.Label);
                return rule.Answer.Render(values);
            }
        }

        LogNoRuleHeld(Name, context.Page);
        return Fallback;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "App {App} page {Page}: rule {Rule} answered")]
    private partial void LogRuleAnswered(string app, string page, string rule);

    [LoggerMessage(Level = LogLevel.Debug, Message = "App {App} page {Page}: no rule held, the fallback answered")]
    private partial void LogNoRuleHeld(string app, string page);
}
