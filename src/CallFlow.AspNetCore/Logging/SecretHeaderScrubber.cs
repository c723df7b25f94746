using Serilog.Core;
using Serilog.Events;

namespace CallFlow.AspNetCore.Logging;

/// <summary>
/// Removes the properties named after headers that carry credentials. At Trace, HttpClient's logging writes a
/// request's headers with their values redacted in the message but intact in its structured state, which Serilog
/// keeps as properties (and a JSON line would show); CallFlow's own Basic credentials and API key travel in them.
/// </summary>
internal sealed class SecretHeaderScrubber : ILogEventEnricher
{
    private static readonly string[] SecretHeaders = ["Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", Security.AdminApiKeyFilter.HeaderName];

    /// <inheritdoc />
    /// <remarks>Header names are matched as HttpClient writes them (their usual spelling): a lookup each, no allocation per event.</remarks>
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var name in SecretHeaders)
        {
            logEvent.RemovePropertyIfPresent(name);
        }
    }
}
