using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using CallFlow.AspNetCore.Platform;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallFlow.Server.Tests.Platform;

/// <summary>
/// The platform's web services, faked by a real Kestrel server on a free loopback port: it checks HTTP Basic
/// credentials, records every service_start, service_cancel, application_status and rest_interrupt request, starts one
/// "instance" per call, and can be told to fail the next requests (503, 429 with Retry-After, 401, or the web services'
/// JSON error with its four-digit code).
/// </summary>
public sealed class FakePlatform : IAsyncDisposable
{
    public const string CloudId = "1-2-0";
    public const string Username = "ops@example.com";
    public const string OutboundService = "DialConnect";
    public const string Password = "s3cret-service-password";
    public const string CallerId = "441908273801";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<PlatformRequest> _requests = new();
    private readonly ConcurrentQueue<(HttpStatusCode Status, TimeSpan? RetryAfter, string Body)> _failures = new();
    private readonly ConcurrentDictionary<string, (string? Token, string? Error, bool Finished)> _instances = new();
    private int _nextInstance;

    private FakePlatform(WebApplication app) => _app = app;

    /// <summary>The base URL to configure as <c>CallFlow:Platform:BaseUrl</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<PlatformRequest> Requests => _requests.ToList();

    /// <summary>The service_start requests received, in order.</summary>
    public IReadOnlyList<PlatformRequest> ServiceStarts => Requests.Where(r => r.Operation == "service_start").ToList();

    /// <summary>The tokens of every call started, in order (one per call, across all service_start requests).</summary>
    public IReadOnlyList<string?> StartedTokens => ServiceStarts.SelectMany(r => r.RestCalls).Select(c => c.TryGetProperty("token", out var t) ? t.GetString() : null).ToList();

    /// <summary>The token of every instance actually started: a service_start answered with a scripted failure starts none.</summary>
    public IReadOnlyList<string?> InstanceTokens => _instances.Values.Select(i => i.Token).ToList();

    /// <summary>Starts the fake on 127.0.0.1 on a free port.</summary>
    public static async Task<FakePlatform> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakePlatform(builder.Build());
        fake._app.MapPost("/{operation}", fake.AnswerAsync);
        await fake._app.StartAsync();
        var address = fake._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        fake.BaseUrl = address + "/";
        return fake;
    }

    /// <summary>Options that reach this fake with the right credentials and fast retries.</summary>
    public PlatformOptions Options() => new()
    {
        BaseUrl = BaseUrl,
        CloudId = CloudId,
        Username = Username,
        OutboundService = OutboundService,
        OutboundServicePassword = Password,
        DefaultCallerId = CallerId,
        MaxRetryAttempts = 3,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        RetryMaxDelay = TimeSpan.FromMilliseconds(200),
        AttemptTimeout = TimeSpan.FromSeconds(10),
    };

    /// <summary>The same options as configuration keys, for a server under test.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Configuration()
    {
        var options = Options();
        const string prefix = PlatformOptions.SectionName + ":";
        return new Dictionary<string, string?>
        {
            [prefix + "BaseUrl"] = options.BaseUrl,
            [prefix + "CloudId"] = options.CloudId,
            [prefix + "Username"] = options.Username,
            [prefix + "OutboundService"] = options.OutboundService,
            [prefix + "OutboundServicePassword"] = options.OutboundServicePassword,
            [prefix + "DefaultCallerId"] = options.DefaultCallerId,
            [prefix + "MaxRetryAttempts"] = options.MaxRetryAttempts.ToString(),
            [prefix + "RetryBaseDelay"] = options.RetryBaseDelay.ToString(),
            [prefix + "RetryMaxDelay"] = options.RetryMaxDelay.ToString(),
        };
    }

    /// <summary>Whether rest_interrupt answers each instance with the newer object form, <c>{"result": ..., "action": ...}</c>, instead of a string.</summary>
    public bool InterruptAnswersObjects { get; set; }

    /// <summary>The next <paramref name="times"/> requests answer <paramref name="status"/> (with Retry-After when given).</summary>
    public void FailNext(HttpStatusCode status, int times = 1, TimeSpan? retryAfter = null)
    {
        for (var i = 0; i < times; i++)
        {
            _failures.Enqueue((status, retryAfter, "{\"error\": \"scripted failure\"}"));
        }
    }

    /// <summary>The next request answers <paramref name="status"/> with the web services' JSON error of <paramref name="code"/>.</summary>
    public void FailNextWithError(HttpStatusCode status, string code, string text, string? details = null) =>
        _failures.Enqueue((status, null, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["error"] = new Dictionary<string, string?>
            {
                ["code"] = code,
                ["text"] = text,
                ["details"] = details,
                ["datetime"] = "2026-12-04 03:50:00",
                ["link"] = $"https://www.aculab.com/cloud/web-services/web-service-errors?error={code}",
            },
            ["request"] = new Dictionary<string, string> { ["url"] = "/rest_interrupt", ["datetime"] = "2026-12-04 03:50:00" },
        })));

    /// <summary>Ends a started instance, as the platform does when its call ends; <paramref name="error"/> is reported in <c>errs</c>.</summary>
    public void FinishInstance(string applicationInstanceId, string? error = null) =>
        _instances.AddOrUpdate(applicationInstanceId, _ => (null, error, true), (_, old) => (old.Token, error, true));

    /// <summary>Runs an instance the platform started itself, as it does for an inbound call.</summary>
    public void RunInstance(string applicationInstanceId) => _instances[applicationInstanceId] = (null, null, false);

    /// <summary>The rest_interrupt requests received, in order.</summary>
    public IReadOnlyList<PlatformRequest> Interrupts => Requests.Where(r => r.Operation == "rest_interrupt").ToList();

    /// <summary>The instance started for the call with <paramref name="token"/>.</summary>
    public string InstanceFor(string token) => _instances.Single(i => i.Value.Token == token).Key;

    /// <summary>The token of the call an instance was started for.</summary>
    public string? TokenOf(string applicationInstanceId) => _instances[applicationInstanceId].Token;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> AnswerAsync(string operation, HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var (username, password) = Credentials(context.Request);
        _requests.Enqueue(new PlatformRequest(operation, username, password, form.ToDictionary(f => f.Key, f => f.Value.ToString()), context.Request.Headers.Accept.ToString()));
        if (_failures.TryDequeue(out var failure))
        {
            if (failure.RetryAfter is { } delay)
            {
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(delay.TotalSeconds)).ToString();
            }

            return Results.Text(failure.Body, "application/json", statusCode: (int)failure.Status);
        }

        var expectedUser = operation is "application_status" or "rest_interrupt" ? null : $"{CloudId}/{Username}/{OutboundService}";
        if (password != Password || (expectedUser is not null && username != expectedUser))
        {
            return Results.Text("{\"error\": \"Authentication failed\"}", "application/json", statusCode: 401);
        }

        return operation switch
        {
            "service_start" => Start(form["rest_calls"].ToString()),
            "service_cancel" => Cancel(form["application_instance_ids"].ToString()),
            "application_status" => Status(form["application_instance_id"].ToString()),
            "rest_interrupt" => Interrupt(form["application_instance_ids"].ToString()),
            _ => Results.NotFound(),
        };
    }

    private IResult Start(string restCalls)
    {
        var root = JsonDocument.Parse(restCalls).RootElement;
        var calls = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
        var ids = new List<string>();
        foreach (var call in calls)
        {
            var id = $"0a1b2c3d4e5f.{Interlocked.Increment(ref _nextInstance)}";
            _instances[id] = (call.TryGetProperty("token", out var token) ? token.GetString() : null, null, false);
            ids.Add(id);
        }

        return Results.Json(ids);
    }

    private IResult Cancel(string ids) =>
        Results.Json(ids.Split('/').ToDictionary(id => id, id => _instances.ContainsKey(id) ? "cancelled" : "no such application"));

    // Each running instance is interrupted (it stays running: the platform requests its redirect or final page next).
    private IResult Interrupt(string ids) =>
        Results.Json(ids.Split('/').ToDictionary(id => id, id =>
        {
            var result = !_instances.TryGetValue(id, out var instance) ? "no such application"
                : instance.Finished ? "application already completed"
                : "interrupted";
            return InterruptAnswersObjects ? (object)new Dictionary<string, string> { ["result"] = result, ["action"] = "play" } : result;
        }));

    private IResult Status(string id)
    {
        if (!_instances.TryGetValue(id, out var instance))
        {
            return Results.Text("{\"error\": \"no such application\"}", "application/json", statusCode: 404);
        }

        var errors = instance.Error is null ? Array.Empty<string>() : [instance.Error];
        return Results.Json(new Dictionary<string, object>
        {
            ["adr"] = new Dictionary<string, object?>
            {
                ["application_instance_id"] = id,
                ["start_time"] = 1_790_000_000.5,
                ["stop_time"] = instance.Finished ? 1_790_000_042.0 : 0,
            },
            ["cdrs"] = Array.Empty<object>(),
            ["errs"] = errors,
        });
    }

    private static (string? Username, string? Password) Credentials(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            return (null, null);
        }

        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..]));
        var colon = decoded.IndexOf(':');
        return colon < 0 ? (decoded, null) : (decoded[..colon], decoded[(colon + 1)..]);
    }
}
