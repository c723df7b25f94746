namespace CallFlow.AspNetCore.Apps;

/// <summary>Finds the app a page URL names: code-first apps registered in DI, then the app providers (app files).</summary>
public sealed class AppRegistry
{
    private readonly Dictionary<string, ICallFlowApp> _codeFirst;
    private readonly IAppProvider[] _providers;

    /// <summary>Builds the registry; two apps with one name are a startup error naming both.</summary>
    public AppRegistry(IEnumerable<ICallFlowApp> codeFirstApps, IEnumerable<IAppProvider> providers)
    {
        _providers = providers.ToArray();
        _codeFirst = new Dictionary<string, ICallFlowApp>(StringComparer.Ordinal);
        foreach (var app in codeFirstApps)
        {
            if (!_codeFirst.TryAdd(app.Name, app))
            {
                throw new InvalidOperationException($"Two code-first apps are named \"{app.Name}\"; app names must be unique.");
            }
        }

        var clashes = _providers.SelectMany(p => p.AppNames).Where(_codeFirst.ContainsKey).ToList();
        if (clashes.Count > 0)
        {
            throw new InvalidOperationException($"An app file and a code-first app share a name: {string.Join(", ", clashes)}. Rename one of them.");
        }
    }

    /// <summary>Every app name served now, code-first and from files.</summary>
    public IEnumerable<string> AppNames => _codeFirst.Keys.Concat(_providers.SelectMany(p => p.AppNames)).Order(StringComparer.Ordinal);

    /// <summary>Finds an app by the name in the URL.</summary>
    public bool TryGet(string name, out ICallFlowApp app)
    {
        if (_codeFirst.TryGetValue(name, out app!))
        {
            return true;
        }

        foreach (var provider in _providers)
        {
            if (provider.TryGet(name, out app))
            {
                return true;
            }
        }

        return false;
    }
}
