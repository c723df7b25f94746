using CallFlow.Simulator.Http;

namespace CallFlow.Simulator;

/// <summary>What the simulated platform knows before the call: the app, the call's numbers, the scenario and the limits.</summary>
public sealed class SimulationOptions
{
    /// <summary>The caller's number when none is given.</summary>
    public const string DefaultFrom = "441908273801";

    /// <summary>The called number when none is given.</summary>
    public const string DefaultTo = "442071234567";

    /// <summary>Creates options for the app at <paramref name="appUrl"/>, such as <c>http://localhost:5000/apps/reception</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="appUrl"/> is not an absolute http or https URL.</exception>
    public SimulationOptions(Uri appUrl)
    {
        if (!appUrl.IsAbsoluteUri || appUrl.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"The app URL must be an absolute http:// or https:// URL, not \"{appUrl}\".", nameof(appUrl));
        }

        // The first, final and error pages sit under the app's URL: /apps/reception/ + first.
        AppUrl = appUrl.AbsolutePath.EndsWith('/') ? appUrl : new UriBuilder(appUrl) { Path = appUrl.AbsolutePath + "/" }.Uri;
    }

    /// <summary>The app's base URL, always ending in <c>/</c>; its pages are <c>first</c>, <c>final</c>, <c>error</c> and the next pages it names.</summary>
    public Uri AppUrl { get; }

    /// <summary><c>call_from</c> of the simulated call.</summary>
    public string From { get; init; } = DefaultFrom;

    /// <summary><c>call_to</c> (and <c>call_target</c>) of the simulated call.</summary>
    public string To { get; init; } = DefaultTo;

    /// <summary><c>call_direction</c>: <c>in</c> (default) or <c>out</c>.</summary>
    public string Direction { get; init; } = "in";

    /// <summary>The token of the first page, as <c>service_start</c> would pass it for an outbound call.</summary>
    public string? Token { get; init; }

    /// <summary>
    /// The <c>application_instance_id</c> of the call, as <c>service_start</c> answered it for an outbound call; a new
    /// one for each run when null.
    /// </summary>
    public string? ApplicationInstanceId { get; init; }

    /// <summary>How the people on the call behave.</summary>
    public Scenario Scenario { get; init; } = new();

    /// <summary>HTTP Basic credentials for the page routes, or null when they are open.</summary>
    public PageCredentials? Credentials { get; init; }

    /// <summary>The most pages one simulated call requests (final pages aside), so a looping app cannot hang the simulator.</summary>
    public int MaxPages { get; init; } = 100;

    /// <summary>How long a page may take to answer before the platform gives up on it (platforms wait 5 to 15 s).</summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A new application instance id, shaped like the platform's (<c>06e122c3364cc74c.787379</c>).</summary>
    public static string NewApplicationInstanceId() => $"{Random.Shared.NextInt64():x16}.{Random.Shared.Next(100000, 999999)}";
}
