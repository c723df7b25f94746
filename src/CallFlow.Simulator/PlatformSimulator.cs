namespace CallFlow.Simulator;

/// <summary>
/// Plays the telephony platform against an app, offline: sends the first page with a generated instance_info, runs
/// the actions as the platform would (answering for the people on the call from a <see cref="Scenario"/>), follows
/// next pages, redirects and secondary call pages, goes to the error page when an answer breaks the protocol, and
/// ends with the final page. Give it any <see cref="HttpClient"/>: a real one for a running server, or
/// WebApplicationFactory's to drive the server in-process.
/// </summary>
public sealed class PlatformSimulator
{
    private readonly HttpClient _http;
    private readonly SimulationOptions _options;

    /// <summary>Creates a simulator that requests pages with <paramref name="http"/>.</summary>
    public PlatformSimulator(HttpClient http, SimulationOptions options)
    {
        _http = http;
        _options = options;
    }

    /// <summary>Simulates one call. Each run is a new call with new ids.</summary>
    /// <exception cref="HttpRequestException">The app's server could not be reached.</exception>
    public Task<SimulationResult> RunAsync(CancellationToken cancellationToken = default) =>
        new SimulatedCall(_http, _options).RunAsync(cancellationToken);
}
