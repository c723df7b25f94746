namespace CallFlow.AspNetCore.Calls;

/// <summary>Which calls to list, newest first.</summary>
public sealed record CallQuery
{
    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxLimit = 500;

    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultLimit = 50;

    /// <summary>Only calls of this app, or every app when null.</summary>
    public string? App { get; init; }

    /// <summary>Only calls seen at or after this instant (their latest exchange), or all when null.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only calls seen before this instant (their latest exchange), or all when null.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>Only calls whose <c>from</c> or <c>to</c> starts with this text, or all when null.</summary>
    public string? NumberPrefix { get; init; }

    /// <summary>Only calls that went this way, or all when null.</summary>
    public CallOutcome? Outcome { get; init; }

    /// <summary>At most this many calls (1 to <see cref="MaxLimit"/>).</summary>
    public int Limit { get; init; } = DefaultLimit;

    /// <summary>Continue after this cursor (from <see cref="CallPage.Next"/>), or start at the newest when null.</summary>
    public CallCursor? After { get; init; }
}
