using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using CallFlow.AspNetCore.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace CallFlow.AspNetCore.Platform;

/// <summary>
/// A typed client of the platform's web services for calls: <c>service_start</c> (one or many calls),
/// <c>service_cancel</c>, <c>application_status</c> and <c>rest_interrupt</c>. Every request asks for JSON
/// (<c>Accept: application/json</c>), so a refusal carries the platform's JSON error (<see cref="PlatformException.Error"/>). Registered by <see cref="PlatformServiceCollectionExtensions.AddPlatformClient"/>
/// for the server, or made on its own with <see cref="Create"/>. Transient failures are retried by
/// <see cref="PlatformResilienceHandler"/>; whatever is still a failure after that is a <see cref="PlatformException"/>.
/// </summary>
public sealed class OutboundServiceClient
{
    private static readonly MediaTypeWithQualityHeaderValue JsonMediaType = new("application/json");
    private readonly HttpClient _http;
    private readonly PlatformOptions _options;
    private readonly Uri _baseUri;
    private readonly ILogger _logger;

    /// <summary>Creates the client over an HTTP client whose handlers include <see cref="PlatformResilienceHandler"/>.</summary>
    public OutboundServiceClient(HttpClient httpClient, IOptions<PlatformOptions> options, ILogger<OutboundServiceClient> logger)
    {
        _http = httpClient;
        _options = options.Value;
        _logger = logger;
        var baseUrl = _options.IsLocal ? LocalPlatform.BaseUri.AbsoluteUri
            : _options.BaseUrl ?? throw new InvalidOperationException($"{PlatformOptions.SectionName}:BaseUrl is not set.");
        _baseUri = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute);
    }

    /// <summary>
    /// Creates a client on its own, outside dependency injection, with the same retry policy as the server's.
    /// Keep one for the life of the program: it owns its connection pool.
    /// </summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are incomplete; the message names each key.</exception>
    /// <exception cref="ArgumentException">The options ask for local mode, which only the server can play.</exception>
    public static OutboundServiceClient Create(PlatformOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        if (options.IsLocal)
        {
            throw new ArgumentException($"{PlatformOptions.SectionName}:Mode local is played by the server: register the client with AddPlatformClient instead.", nameof(options));
        }

        var result = new PlatformOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(PlatformOptions), result.Failures);
        }

        loggerFactory ??= NullLoggerFactory.Instance;
        var pipeline = PlatformResilience.CreatePipeline(options, timeProvider ?? TimeProvider.System, loggerFactory.CreateLogger<OutboundServiceClient>());
        var handler = new PlatformResilienceHandler(pipeline) { InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) } };
        var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        return new OutboundServiceClient(http, Options.Create(options), loggerFactory.CreateLogger<OutboundServiceClient>());
    }

    /// <summary>Starts one instance of the outbound service to make <paramref name="call"/>.</summary>
    public Task<IReadOnlyList<StartedCall>> StartAsync(OutboundCall call, CancellationToken cancellationToken = default) =>
        StartAsync([call], cancellationToken);

    /// <summary>
    /// Starts one instance per call with a single <c>service_start</c>, and pairs each call with the instance id
    /// answered for it (in order).
    /// </summary>
    /// <exception cref="ArgumentException">No calls, a call without <c>to</c>, or a call to a phone number without <c>from</c>.</exception>
    /// <exception cref="PlatformException">The platform refused the calls or could not be reached after every retry.</exception>
    public async Task<IReadOnlyList<StartedCall>> StartAsync(IReadOnlyList<OutboundCall> calls, CancellationToken cancellationToken = default)
    {
        CheckCalls(calls);
        var body = await PostAsync(
            PlatformWire.ServiceStart,
            ServiceCredentials(),
            [new(PlatformWire.RestCallsField, PlatformWire.WriteRestCalls(calls))],
            cancellationToken);
        var ids = PlatformWire.ReadInstanceIds(body);
        if (ids.Count != calls.Count)
        {
            _logger.LogWarning(
                "service_start accepted {CallCount} calls but answered {IdCount} application instance ids; the calls are kept without ids. Answer: {Answer}",
                calls.Count,
                ids.Count,
                PlatformWire.Shorten(body));
            return calls.Select(call => new StartedCall(call, null)).ToList();
        }

        return calls.Select((call, index) => new StartedCall(call, ids[index])).ToList();
    }

    /// <summary>Cancels running instances; answers the platform's result per instance id when it gives them.</summary>
    /// <exception cref="PlatformException">The platform refused the request or could not be reached after every retry.</exception>
    public async Task<IReadOnlyDictionary<string, string>> CancelAsync(IReadOnlyCollection<string> applicationInstanceIds, CancellationToken cancellationToken = default)
    {
        if (applicationInstanceIds.Count == 0 || applicationInstanceIds.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("service_cancel needs at least one application instance id, none of them empty.", nameof(applicationInstanceIds));
        }

        var body = await PostAsync(
            PlatformWire.ServiceCancel,
            ServiceCredentials(),
            [new(PlatformWire.InstanceIdsField, string.Join(PlatformWire.InstanceIdSeparator, applicationInstanceIds))],
            cancellationToken);
        return PlatformWire.ReadCancelResults(body);
    }

    /// <summary>Asks for the detailed status of one application instance.</summary>
    /// <exception cref="PlatformException">The platform refused the request, answered something unusable, or could not be reached after every retry.</exception>
    public async Task<ApplicationStatus> GetStatusAsync(string applicationInstanceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(applicationInstanceId);
        var body = await PostAsync(
            PlatformWire.ApplicationStatus,
            AccountCredentials(),
            [new(PlatformWire.InstanceIdField, applicationInstanceId)],
            cancellationToken);
        return PlatformWire.ReadStatus(applicationInstanceId, body);
    }

    /// <summary>
    /// Interrupts running instances with one <c>rest_interrupt</c>: their current action stops and the rest of their
    /// action lists is skipped; each then requests <paramref name="redirectPage"/> when given (with an action result
    /// that says it was interrupted), or its final page.
    /// </summary>
    /// <param name="applicationInstanceIds">The instances to interrupt.</param>
    /// <param name="redirectPage">The absolute URL of the page to request next, or null for the final page.</param>
    /// <param name="redirectMethod"><c>GET</c> or <c>POST</c> for <paramref name="redirectPage"/>; null leaves the platform's default.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The platform's result per instance id.</returns>
    /// <exception cref="ArgumentException">No ids, an empty id, or an id holding the <c>/</c> that delimits them.</exception>
    /// <exception cref="PlatformException">The platform refused the request, answered something unusable, or could not be reached after every retry.</exception>
    public async Task<IReadOnlyDictionary<string, InstanceInterruption>> InterruptAsync(
        IReadOnlyCollection<string> applicationInstanceIds, Uri? redirectPage = null, string? redirectMethod = null, CancellationToken cancellationToken = default)
    {
        if (applicationInstanceIds.Count == 0 || applicationInstanceIds.Any(id => string.IsNullOrWhiteSpace(id) || id.Contains(PlatformWire.InstanceIdSeparator)))
        {
            throw new ArgumentException("rest_interrupt needs at least one application instance id, none of them empty or holding '/'.", nameof(applicationInstanceIds));
        }

        var form = new List<KeyValuePair<string, string>> { new(PlatformWire.InstanceIdsField, string.Join(PlatformWire.InstanceIdSeparator, applicationInstanceIds)) };
        if (redirectPage is not null)
        {
            form.Add(new(PlatformWire.RedirectPageField, redirectPage.AbsoluteUri));
        }

        if (redirectMethod is not null)
        {
            form.Add(new(PlatformWire.RedirectMethodField, redirectMethod));
        }

        var body = await PostAsync(PlatformWire.RestInterrupt, AccountCredentials(), [.. form], cancellationToken);
        return PlatformWire.ReadInterruptResults(body);
    }

    private static void CheckCalls(IReadOnlyList<OutboundCall> calls)
    {
        if (calls.Count == 0)
        {
            throw new ArgumentException("service_start needs at least one call.", nameof(calls));
        }

        for (var i = 0; i < calls.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(calls[i].To))
            {
                throw new ArgumentException($"Call {i}: 'to' is required.", nameof(calls));
            }

            if (calls[i].IsToPhoneNumber && string.IsNullOrWhiteSpace(calls[i].From))
            {
                throw new ArgumentException($"Call {i}: 'from' (a validated caller id) is required when 'to' is a phone number.", nameof(calls));
            }
        }
    }

    private static AuthenticationHeaderValue Basic(string username, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}")));

    private AuthenticationHeaderValue ServiceCredentials() => Basic(_options.ServiceUsername, _options.OutboundServicePassword ?? "");

    // The account's web services (application_status, rest_interrupt) are documented with CloudId/Username and the API
    // access key; without a key the outbound service's credentials are sent instead.
    private AuthenticationHeaderValue AccountCredentials() =>
        _options.ApiAccessKey is { Length: > 0 } key ? Basic(_options.AccountUsername, key) : ServiceCredentials();

    private async Task<string> PostAsync(string operation, AuthenticationHeaderValue credentials, KeyValuePair<string, string>[] form, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseUri, operation))
        {
            Content = new FormUrlEncodedContent(form),
        };
        request.Headers.Authorization = credentials;
        request.Headers.Accept.Add(JsonMediaType);
        using var span = CallFlowTelemetry.Source.StartActivity("platform " + operation, ActivityKind.Client)?.SetTag(CallFlowTelemetry.ServiceTag, operation);
        var started = Stopwatch.GetTimestamp();
        var result = "unreachable";
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                result = "refused";
                throw new PlatformException(
                    operation, (int)response.StatusCode, PlatformWire.Shorten(body.Length > 0 ? body : response.ReasonPhrase ?? ""), PlatformWire.ReadError(body));
            }

            result = "ok";
            return body;
        }
        catch (HttpRequestException exception)
        {
            throw new PlatformException(operation, null, exception.Message, exception);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new PlatformException(operation, null, $"no answer within {_options.AttemptTimeout} on the last attempt", exception);
        }
        finally
        {
            span?.SetTag("callflow.result", result).SetStatus(result == "ok" ? ActivityStatusCode.Ok : ActivityStatusCode.Error);
            CallFlowTelemetry.RecordPlatformCall(operation, result, Stopwatch.GetElapsedTime(started));
        }
    }
}
