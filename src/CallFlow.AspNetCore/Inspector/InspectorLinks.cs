namespace CallFlow.AspNetCore.Inspector;

/// <summary>The inspector's addresses as a browser reaches them (under the request's path base).</summary>
/// <param name="Home">The call list.</param>
public sealed record InspectorLinks(string Home)
{
    /// <summary>The sign-in page.</summary>
    public string SignIn => Home + "/sign-in";

    /// <summary>The sign-out form's target.</summary>
    public string SignOut => Home + "/sign-out";

    /// <summary>The list of apps.</summary>
    public string Apps => Home + "/apps";

    /// <summary>The stylesheet.</summary>
    public string Stylesheet => Home + "/assets/inspector.css";

    /// <summary>The script (live refresh, copy buttons).</summary>
    public string Script => Home + "/assets/inspector.js";

    /// <summary>One call's page.</summary>
    public string Call(string callId) => $"{Home}/calls/{Uri.EscapeDataString(callId)}";

    /// <summary>One call's recording download.</summary>
    public string Recording(string callId) => Call(callId) + "/recording";

    /// <summary>The target of one call's interrupt form.</summary>
    public string Interrupt(string callId) => Call(callId) + "/interrupt";

    /// <summary>One app's page.</summary>
    public string App(string app) => $"{Apps}/{Uri.EscapeDataString(app)}";

    /// <summary>The call list of one app.</summary>
    public string CallsOf(string app) => $"{Home}?app={Uri.EscapeDataString(app)}";

    /// <summary>The links for <paramref name="http"/>'s path base.</summary>
    public static InspectorLinks For(HttpContext http) => new(http.Request.PathBase.Add(CallInspectorApi.Root).Value!);
}
