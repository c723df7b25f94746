using Microsoft.AspNetCore.Mvc;

namespace CallFlow.AspNetCore.Calls;

/// <summary>The query parameters of a call list, as sent: <see cref="CallListParameters"/> checks them.</summary>
internal sealed record CallListArguments
{
    /// <summary><c>app</c>: an app name.</summary>
    [FromQuery(Name = "app")]
    public string? App { get; init; }

    /// <summary><c>number</c>: the start of a from or to number.</summary>
    [FromQuery(Name = "number")]
    public string? Number { get; init; }

    /// <summary><c>outcome</c>: <c>problem</c>, <c>no_problem</c> or <c>unfinished</c>.</summary>
    [FromQuery(Name = "outcome")]
    public string? Outcome { get; init; }

    /// <summary><c>since</c>: ISO 8601, calls seen since then.</summary>
    [FromQuery(Name = "since")]
    public string? Since { get; init; }

    /// <summary><c>until</c>: ISO 8601, calls seen before then.</summary>
    [FromQuery(Name = "until")]
    public string? Until { get; init; }

    /// <summary><c>limit</c>: the page size.</summary>
    [FromQuery(Name = "limit")]
    public string? Limit { get; init; }

    /// <summary><c>cursor</c>: a <c>next_cursor</c> passed back.</summary>
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    /// <summary>The filters set, by parameter name (without the page's <c>limit</c> and <c>cursor</c>).</summary>
    public IReadOnlyDictionary<string, string?> Filters => new Dictionary<string, string?>
    {
        ["app"] = App,
        ["number"] = Number,
        ["outcome"] = Outcome,
        ["since"] = Since,
        ["until"] = Until,
    };

    /// <summary>These arguments with every empty one left out, as a form sends the fields nobody filled.</summary>
    public CallListArguments WithoutEmptyFields() => new()
    {
        App = NullIfEmpty(App),
        Number = NullIfEmpty(Number),
        Outcome = NullIfEmpty(Outcome),
        Since = NullIfEmpty(Since),
        Until = NullIfEmpty(Until),
        Limit = NullIfEmpty(Limit),
        Cursor = NullIfEmpty(Cursor),
    };

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
