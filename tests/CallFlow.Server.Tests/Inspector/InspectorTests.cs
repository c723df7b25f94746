using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using CallFlow.AspNetCore.Inspector;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.Inspector;

public partial class InspectorTests(InspectorServer inspector) : IClassFixture<InspectorServer>
{
    [Theory]
    [InlineData("/inspector")]
    [InlineData("/inspector/calls/c-1a2b")]
    [InlineData("/inspector/calls/c-1a2b/recording")]
    [InlineData("/inspector/apps/reception")]
    public async Task WithoutASessionEveryPageLeadsToTheSignInPage(string path)
    {
        using var client = InspectorServer.Browserless(out _);

        using var response = await client.GetAsync(inspector.Url(path));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/inspector/sign-in", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SigningInSetsAnHttpOnlyStrictCookieAndTheKeyIsNeverInACookieAPageOrTheLog()
    {
        using var client = InspectorServer.Browserless(out _);
        client.BaseAddress = inspector.Server.BaseAddress;

        using var signedIn = await client.PostAsync("/inspector/sign-in", await InspectorServer.SignInFormAsync(client, InspectorServer.ApiKey));
        var list = await client.GetStringAsync("/inspector");

        var session = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(InspectorSession.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/inspector", session, StringComparison.OrdinalIgnoreCase);
        // Plain http here: Secure would make the browser drop the cookie; over https it is set.
        Assert.DoesNotContain("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(InspectorServer.ApiKey, session, StringComparison.Ordinal);
        Assert.Contains("<h1>Calls</h1>", list, StringComparison.Ordinal);
        Assert.DoesNotContain(InspectorServer.ApiKey, list, StringComparison.Ordinal);
        Assert.DoesNotContain(inspector.Log.Lines, line => line.Contains(InspectorServer.ApiKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AWrongKeyGetsTheSignInPageAgainWith401AndNoSession()
    {
        using var client = InspectorServer.Browserless(out var cookies);
        client.BaseAddress = inspector.Server.BaseAddress;

        using var refused = await client.PostAsync("/inspector/sign-in", await InspectorServer.SignInFormAsync(client, "not-the-key"));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("That is not the admin API key", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(cookies.GetAllCookies(), cookie => cookie.Name == InspectorSession.CookieName);
    }

    [Theory]
    [InlineData("/inspector/sign-in")]
    [InlineData("/inspector/sign-out")]
    [InlineData("/inspector/calls/c-1a2b/interrupt")]
    public async Task AFormWithoutItsAntiforgeryTokenIsRefused(string path)
    {
        using var client = await inspector.SignedInClientAsync();

        using var response = await client.PostAsync(path, new FormUrlEncodedContent([KeyValuePair.Create("key", InspectorServer.ApiKey)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task InterruptingALiveCallWithoutAPlatformShowsThatTheKeysAreMissing()
    {
        var callId = "c-unconfigured-" + Guid.NewGuid().ToString("N")[..8];
        using var pages = new HttpClient { BaseAddress = inspector.Server.BaseAddress };
        using var first = await pages.PostPageAsync("simple-connect", "first", PageRequests.Inbound(callId));
        using var client = await inspector.SignedInClientAsync();
        var (field, token) = await InspectorServer.AntiforgeryTokenAsync(client, $"/inspector/calls/{callId}");

        using var response = await client.PostAsync($"/inspector/calls/{callId}/interrupt", new FormUrlEncodedContent([KeyValuePair.Create(field, token)]));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var shown = await response.Content.ReadAsStringAsync();
        Assert.Contains("The platform is not configured.", shown, StringComparison.Ordinal);
        Assert.Contains("CallFlow:Platform:", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        using var client = await inspector.SignedInClientAsync();
        var (field, token) = await InspectorServer.AntiforgeryTokenAsync(client, "/inspector");

        using var signedOut = await client.PostAsync("/inspector/sign-out", new FormUrlEncodedContent([KeyValuePair.Create(field, token)]));
        using var after = await client.GetAsync("/inspector");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task EveryPageForbidsOtherScriptsAndFrames()
    {
        using var client = await inspector.SignedInClientAsync();

        using var response = await client.GetAsync("/inspector");

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkupInARequestFieldIsShownAsText()
    {
        using var pages = new HttpClient { BaseAddress = inspector.Server.BaseAddress };
        await pages.PostPageAsync("simple-connect", "first", PageRequests.Inbound("c-markup", from: "<script>alert('from')</script>"));
        using var client = await inspector.SignedInClientAsync();

        var list = await client.GetStringAsync("/inspector?number=%3Cscript");
        var call = await client.GetStringAsync("/inspector/calls/c-markup");

        Assert.Contains("&lt;script&gt;alert(&#x27;from&#x27;)&lt;/script&gt;", list, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;from&#x27;)&lt;/script&gt;", call, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", call, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadFiltersGetTheListWith400AndWhatIsWrongWithEach()
    {
        using var client = await inspector.SignedInClientAsync();

        using var response = await client.GetAsync("/inspector?since=yesterday&outcome=bogus&app=&number=");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<strong>since</strong>: since must be an ISO 8601 date", page, StringComparison.Ordinal);
        Assert.Contains("<strong>outcome</strong>: outcome must be one of problem, no_problem, unfinished", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>app</strong>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCopiedCurlCommandSendsThePageRequestAgainAndGetsTheSameAnswer()
    {
        using var pages = new HttpClient { BaseAddress = inspector.Server.BaseAddress };
        using var answered = await pages.PostPageAsync("simple-connect", "first", PageRequests.Inbound("c-curl", from: "O'Brien \"quoted\" $HOME `date`"));
        var answer = await answered.Content.ReadAsStringAsync();
        using var client = await inspector.SignedInClientAsync();
        var call = await client.GetStringAsync("/inspector/calls/c-curl");
        var curl = WebUtility.HtmlDecode(CurlBlock().Match(call).Groups["command"].Value);

        using var shell = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", curl + " --silent"]) { RedirectStandardOutput = true })!;
        var again = await shell.StandardOutput.ReadToEndAsync();
        await shell.WaitForExitAsync();

        Assert.StartsWith("curl ", curl, StringComparison.Ordinal);
        Assert.Equal(0, shell.ExitCode);
        Assert.Equal(answer, again);
    }

    [Fact]
    public async Task TheRecordingDownloadIsTheCallHistorysRecordingAsAFile()
    {
        using var pages = new HttpClient { BaseAddress = inspector.Server.BaseAddress };
        await pages.PostPageAsync("simple-connect", "first", PageRequests.Inbound("c-download 1:x"));
        using var client = await inspector.SignedInClientAsync();
        using var admin = new HttpClient { BaseAddress = inspector.Server.BaseAddress };
        admin.DefaultRequestHeaders.Add("X-Api-Key", InspectorServer.ApiKey);

        using var download = await client.GetAsync("/inspector/calls/c-download%201%3Ax/recording");
        var fromApi = await admin.GetStringAsync("/api/calls/c-download%201%3Ax/recording");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("call-c-download_1_x.json", download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(fromApi, await download.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnAppFilesDiagramHasABoxForEachPageAndAnArrowForEachNextPageLink()
    {
        using var client = await inspector.SignedInClientAsync();

        var reception = await client.GetStringAsync("/inspector/apps/reception");
        var codeFirst = await client.GetStringAsync("/inspector/apps/simple-connect");

        Assert.Equal(["first", "after-connect", "voicemail-saved"], DiagramTitles().Matches(reception).Select(m => m.Groups["page"].Value));
        Assert.Equal(2, Regex.Count(reception, "<path class=\"link\""));
        Assert.Contains("first, office-hours &#x2192; after-connect", reception, StringComparison.Ordinal);
        Assert.Contains("A code-first app", codeFirst, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/inspector/calls/no-such-call")]
    [InlineData("/inspector/apps/no-such-app")]
    public async Task AnUnknownCallOrAppIsA404Page(string path)
    {
        using var client = await inspector.SignedInClientAsync();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [GeneratedRegex("""<pre class="curl" id="curl-0" tabindex="0">(?<command>[^<]*)</pre>""")]
    private static partial Regex CurlBlock();

    [GeneratedRegex("""<text class="title"[^>]*>(?<page>[^<]*)</text>""")]
    private static partial Regex DiagramTitles();
}
