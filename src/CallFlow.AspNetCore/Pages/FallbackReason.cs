namespace CallFlow.AspNetCore.Pages;

/// <summary>Why a page was answered by the app's fallback: few values, so that metrics can count by them.</summary>
public enum FallbackReason
{
    /// <summary>The page handler threw.</summary>
    Exception,

    /// <summary>The page handler ran past its timeout.</summary>
    Timeout,

    /// <summary>The platform closed the request before the page was answered.</summary>
    Aborted,

    /// <summary>The page handler returned no response.</summary>
    NoResponse,

    /// <summary>The page handler's response failed validation.</summary>
    InvalidResponse,

    /// <summary><c>instance_info.token</c> failed its signature check.</summary>
    ForgedToken,

    /// <summary>The app's token leaves no room for its signature.</summary>
    TokenTooLong,
}
