namespace CallFlow.AspNetCore.Apps;

/// <summary>
/// A source of apps that may change while the server runs (the declarative app files). The registry asks it on
/// every page request, so a provider that reloads serves the new version at once.
/// </summary>
public interface IAppProvider
{
    /// <summary>The names of the apps this provider serves now.</summary>
    IEnumerable<string> AppNames { get; }

    /// <summary>Finds an app by name.</summary>
    bool TryGet(string name, out ICallFlowApp app);
}
