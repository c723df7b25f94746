using CallFlow.Actions.Requests;

namespace CallFlow.AspNetCore.Pages;

/// <summary>What a page request carried: its text as received and either the parsed request or the problem with it.</summary>
public sealed class PageInput
{
    private PageInput(string text, PageRequest? request, PageProblem? problem)
    {
        Text = text;
        Request = request;
        Problem = problem;
    }

    /// <summary>The request as received (the JSON body, or the <c>instance_info</c> text of a form or query), for the call history.</summary>
    public string Text { get; }

    /// <summary>The parsed and validated request, when there was no problem.</summary>
    public PageRequest? Request { get; }

    /// <summary>The problem, when the request cannot be answered.</summary>
    public PageProblem? Problem { get; }

    /// <summary>A request that was read and validated.</summary>
    public static PageInput Valid(string text, PageRequest request) => new(text, request, null);

    /// <summary>A request with a problem.</summary>
    public static PageInput Invalid(string text, PageProblem problem) => new(text, null, problem);
}
