using System.Net;
using System.Text.RegularExpressions;
using CallFlow.AspNetCore.Security;
using CallFlow.Simulator;
using CallFlow.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallFlow.Server.Tests.Inspector;

/// <summary>
/// The whole server on a real socket with the admin key set, the shipped sample apps and the misbehaving test apps
/// (so calls can have failing pages), its log kept, for the inspector's tests and a real browser.
/// </summary>
public sealed partial class InspectorServer : IDisposable
{
    public const string ApiKey = "inspector-admin-key-7d41c0";

    public InspectorServer() =>
        Server = KestrelCallFlowFactory.Start(factory => factory
            .WithSettings((AdminApiKeyFilter.ConfigurationKey, ApiKey))
            .WithServices(services => services.AddMisbehavingApps().AddSingleton<ILoggerProvider>(Log)));

    public LogRecorder Log { get; } = new();

    public KestrelCallFlowFactory Server { get; }

    public Uri Url(string pathAndQuery) => new(Server.BaseAddress, pathAndQuery);

    /// <summary>Runs a whole call of <paramref name="app"/> through the CLI's platform simulator, from <paramref name="from"/>.</summary>
    public async Task<SimulationResult> SimulateCallAsync(string app, string from)
    {
        using var http = new HttpClient();
        return await new PlatformSimulator(http, new SimulationOptions(Url($"apps/{app}/")) { From = from }).RunAsync();
    }

    /// <summary>A client that follows no redirects and keeps cookies, not signed in.</summary>
    public static HttpClient Browserless(out CookieContainer cookies)
    {
        cookies = new CookieContainer();
        return new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });
    }

    /// <summary>A client signed in the way a browser signs in: the sign-in page's form, posted with its token.</summary>
    public async Task<HttpClient> SignedInClientAsync()
    {
        var client = Browserless(out _);
        client.BaseAddress = Server.BaseAddress;
        using var signedIn = await client.PostAsync("/inspector/sign-in", await SignInFormAsync(client, ApiKey));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    /// <summary>The sign-in form filled with <paramref name="key"/> and the token of a freshly fetched sign-in page.</summary>
    public static async Task<FormUrlEncodedContent> SignInFormAsync(HttpClient client, string key)
    {
        var (field, token) = await AntiforgeryTokenAsync(client, "/inspector/sign-in");
        return new FormUrlEncodedContent([KeyValuePair.Create("key", key), KeyValuePair.Create(field, token)]);
    }

    /// <summary>The antiforgery field of the form on the page at <paramref name="path"/> (its cookie lands in the client's container).</summary>
    public static async Task<(string Field, string Token)> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var page = await client.GetStringAsync(path);
        var hidden = HiddenInput().Match(page);
        Assert.True(hidden.Success, $"No antiforgery field on {path}:\n{page}");
        return (hidden.Groups["name"].Value, WebUtility.HtmlDecode(hidden.Groups["value"].Value));
    }

    public void Dispose() => Server.Dispose();

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]+)"\s*/?>""")]
    private static partial Regex HiddenInput();
}
