using CallFlow.AspNetCore.DialConnect;
using CallFlow.Simulator;

namespace CallFlow.AspNetCore.Platform;

/// <summary>
/// Where the platform's web services are and which outbound service to start (<c>CallFlow:Platform</c>).
/// The password and access key are secrets: nothing in this class or its users writes them to a log.
/// </summary>
public sealed class PlatformOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "CallFlow:Platform";

    /// <summary>
    /// <c>CallFlow:Platform:Mode</c>: <c>platform</c> (default) sends every request to the platform at <see cref="BaseUrl"/>;
    /// <c>local</c> makes CallFlow play the platform itself (see <see cref="PlatformMode.Local"/>), with no credentials needed.
    /// </summary>
    public string Mode { get; set; } = "platform";

    /// <summary>
    /// <c>CallFlow:Platform:LocalApp</c>: in local mode, the app whose first page each started call requests, as the
    /// outbound service's first page would be on the platform. Default <c>dial-connect</c>.
    /// </summary>
    public string LocalApp { get; set; } = DialConnectPages.AppName;

    /// <summary><c>CallFlow:Platform:BaseUrl</c>: the web-services host, e.g. <c>https://ws.aculabcloud.net/</c>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary><c>CallFlow:Platform:CloudId</c>: the cloud region of the account, e.g. <c>1-2-0</c>.</summary>
    public string? CloudId { get; set; }

    /// <summary><c>CallFlow:Platform:Username</c>: the platform account's username.</summary>
    public string? Username { get; set; }

    /// <summary><c>CallFlow:Platform:OutboundService</c>: the name of the outbound service to start.</summary>
    public string? OutboundService { get; set; }

    /// <summary><c>CallFlow:Platform:OutboundServicePassword</c>: that outbound service's own password (a secret).</summary>
    public string? OutboundServicePassword { get; set; }

    /// <summary>
    /// <c>CallFlow:Platform:ApiAccessKey</c>: the account's API access key (a secret). The platform documents
    /// <c>application_status</c> as authorised by <c>CloudId/Username</c> and this key; when it is not set, the
    /// outbound service's credentials are sent instead.
    /// </summary>
    public string? ApiAccessKey { get; set; }

    /// <summary><c>CallFlow:Platform:DefaultCallerId</c>: the validated caller id used as <c>from</c> when a call gives none.</summary>
    public string? DefaultCallerId { get; set; }

    /// <summary><c>CallFlow:Platform:MaxRetryAttempts</c>: retries after a transient failure (connection error, 5xx, 429, timeout).</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary><c>CallFlow:Platform:RetryBaseDelay</c>: the first retry's delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary><c>CallFlow:Platform:RetryMaxDelay</c>: the longest wait between two attempts, including a platform's <c>Retry-After</c>.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary><c>CallFlow:Platform:AttemptTimeout</c>: how long one attempt may take before it counts as a transient failure.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The mode <see cref="Mode"/> names, or null when it names none (the validator reports that).</summary>
    public PlatformMode? ParsedMode => ParseMode(Mode);

    /// <summary>Whether CallFlow plays the platform itself.</summary>
    public bool IsLocal => ParsedMode == PlatformMode.Local;

    /// <summary>
    /// The <c>from</c> of a call that gives none: <see cref="DefaultCallerId"/>, or in local mode (where it is optional)
    /// the simulator's usual caller.
    /// </summary>
    public string? CallerIdWhenNoneGiven => DefaultCallerId ?? (IsLocal ? SimulationOptions.DefaultFrom : null);

    /// <summary>The mode a <c>CallFlow:Platform:Mode</c> value names (unset: <see cref="PlatformMode.Platform"/>), or null when it names none.</summary>
    public static PlatformMode? ParseMode(string? mode) => mode?.Trim().ToLowerInvariant() switch
    {
        null or "platform" => PlatformMode.Platform,
        "local" => PlatformMode.Local,
        _ => null,
    };

    /// <summary>The HTTP Basic username of the outbound service: <c>CloudId/Username/OutboundService</c>.</summary>
    public string ServiceUsername => $"{CloudId}/{Username}/{OutboundService}";

    /// <summary>The HTTP Basic username of account-wide web services: <c>CloudId/Username</c>.</summary>
    public string AccountUsername => $"{CloudId}/{Username}";
}
