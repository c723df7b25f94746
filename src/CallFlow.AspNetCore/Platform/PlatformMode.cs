namespace CallFlow.AspNetCore.Platform;

/// <summary>Who answers the platform client (<c>CallFlow:Platform:Mode</c>).</summary>
public enum PlatformMode
{
    /// <summary>The real platform's web services at <c>CallFlow:Platform:BaseUrl</c>.</summary>
    Platform,

    /// <summary>
    /// CallFlow itself, in process: <c>service_start</c> runs each call against the app's own pages with the platform
    /// simulator, so click-to-call can be tried on a laptop. No phone rings.
    /// </summary>
    Local,
}
