using CallFlow.Cli;
using CallFlow.Server.Tests.Infrastructure;
using CallFlow.Server.Tests.OpenApi;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CallFlow.Server.Tests.Inspector;

public class InspectorBrowserTests(InspectorServer inspector, ITestOutputHelper output) : IClassFixture<InspectorServer>
{
    // The machine may be busy compiling: waiting is generous, and no assertion is about speed.
    private const float Patience = 60_000;

    private const string Hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>";

    /// <summary>Where the screenshots go: a person looks at them, and docs/images holds copies.</summary>
    private static readonly string Artifacts = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "callflow-inspector")).FullName;

    [Fact]
    public async Task ADeveloperSignsInFindsASimulatedCallSeesWhyAPageFellBackAndReplaysItsDownload()
    {
        await using var chromium = await SystemChromium.LaunchAsync();
        var page = await NewPageAsync(chromium);
        await SignInAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Calls" })).ToBeVisibleAsync();

        // The list is open before the call happens: live refresh brings it in.
        await inspector.SimulateCallAsync("simple-connect", "441632960111");
        var failing = await inspector.SimulateCallAsync("invalid", "441632960222");
        Assert.True(failing.Recording.Exchanges.Count > 0);
        var row = page.Locator("#calls tbody tr", new() { HasText = "441632960222" });
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = Patience });
        await Assertions.Expect(row).ToContainTextAsync("fallback or refused");
        await Assertions.Expect(page.Locator("#calls tbody tr", new() { HasText = "441632960111" })).ToContainTextAsync("none");
        await page.ScreenshotAsync(new() { Path = Artifact("inspector-calls.png"), FullPage = true });

        await row.GetByRole(AriaRole.Link).ClickAsync();
        var first = page.Locator("ol.timeline > li").First;
        await Assertions.Expect(first.Locator("summary")).ToContainTextAsync("first");
        await Assertions.Expect(first.Locator("summary")).ToContainTextAsync("fallback");
        // The one failing page opens by itself; the keyboard opens the others.
        await Assertions.Expect(first.Locator(".failure")).ToContainTextAsync("actions[0].connect.destinations is required");
        var last = page.Locator("ol.timeline > li").Last;
        await last.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(last.Locator("pre.json").First).ToBeVisibleAsync();
        await Assertions.Expect(first.Locator("pre.curl")).ToContainTextAsync("/apps/invalid/first");
        await page.ScreenshotAsync(new() { Path = Artifact("inspector-call.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download as a recording" }).ClickAsync());
        var recording = Artifact("inspector-download.json");
        await download.SaveAsAsync(recording);
        await AssertReplaysAsync(recording);

        await page.GotoAsync(inspector.Url("/inspector/apps/reception").ToString());
        await Assertions.Expect(page.Locator(".diagram svg g.page")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator(".diagram svg path.link")).ToHaveCountAsync(2);
        await page.Locator(".diagram").ScreenshotAsync(new() { Path = Artifact("inspector-app-diagram.png") });
        await page.ScreenshotAsync(new() { Path = Artifact("inspector-app.png"), FullPage = true });

        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(inspector.Url("/inspector").ToString());
        // The replay above is a call of its own (fresh ids, the same numbers), so the number now shows on two rows.
        await Assertions.Expect(page.Locator("#calls tbody tr", new() { HasText = "441632960222" })).ToHaveCountAsync(2);
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "The call list scrolls sideways at phone width.");
        await page.ScreenshotAsync(new() { Path = Artifact("inspector-calls-phone.png"), FullPage = true });
        output.WriteLine($"Screenshots in {Artifacts}");
    }

    [Fact]
    public async Task AHostilePayloadInACallShowsAsTextRunsNothingAndItsRecordingStillReplays()
    {
        await using var chromium = await SystemChromium.LaunchAsync();
        var page = await NewPageAsync(chromium);
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => dialogs.Add(dialog.Message);
        await SignInAsync(page);

        await inspector.SimulateCallAsync("simple-connect", Hostile);
        await page.ReloadAsync();
        var row = page.Locator("#calls tbody tr", new() { HasText = Hostile });
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = Patience });
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync(Hostile);
        await page.Locator("ol.timeline > li summary").First.ClickAsync();
        await Assertions.Expect(page.Locator("ol.timeline pre.json").First).ToContainTextAsync("<script>alert(2)</script>");

        Assert.Equal(0, await page.Locator("img[src='x']").CountAsync());
        Assert.Equal(1, await page.Locator("script").CountAsync());
        Assert.Empty(dialogs);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download as a recording" }).ClickAsync());
        var recording = Artifact("inspector-hostile-download.json");
        await download.SaveAsAsync(recording);
        await AssertReplaysAsync(recording);
    }

    [Fact]
    public async Task TheKeyboardSendsALiveCallsInterruptAndThePageSaysWhatCameOfIt()
    {
        await using var chromium = await SystemChromium.LaunchAsync();
        var page = await NewPageAsync(chromium);
        await SignInAsync(page);
        var callId = "c-browser-live-" + Guid.NewGuid().ToString("N")[..8];
        using (var pages = new HttpClient { BaseAddress = inspector.Server.BaseAddress })
        using (var first = await pages.PostPageAsync("menu", "first", PageRequests.Inbound(callId)))
        {
            Assert.True(first.IsSuccessStatusCode);
        }

        await page.GotoAsync(inspector.Url($"/inspector/calls/{callId}").ToString());
        var redirect = page.GetByLabel("Interrupt the live call, then request");
        await redirect.FocusAsync();
        await redirect.SelectOptionAsync("goodbye");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Interrupt" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        // This server has no platform, so the page names the keys it lacks.
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The platform is not configured.");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("CallFlow:Platform:");
    }

    private async Task<IPage> NewPageAsync(SystemChromium chromium)
    {
        var page = await chromium.Context.NewPageAsync();
        page.SetDefaultTimeout(Patience);
        await page.SetViewportSizeAsync(1280, 900);
        return page;
    }

    private async Task SignInAsync(IPage page)
    {
        await page.GotoAsync(inspector.Url("/inspector").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GetByLabel("Admin API key").FillAsync(InspectorServer.ApiKey);
        await page.GetByLabel("Admin API key").PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("sign-in", StringComparison.Ordinal));
        Assert.DoesNotContain(InspectorServer.ApiKey, page.Url, StringComparison.Ordinal);
    }

    // The CLI itself, as a developer runs it: callflow replay FILE --url SERVER.
    private async Task AssertReplaysAsync(string recording)
    {
        using var said = new StringWriter();
        using var errors = new StringWriter();
        var exit = await CliApp.RunAsync(["replay", recording, "--url", inspector.Server.BaseAddress.ToString()], said, errors);
        Assert.True(exit == 0, $"callflow replay exited {exit}:\n{said}\n{errors}");
        Assert.Contains("all the same", said.ToString(), StringComparison.Ordinal);
    }

    private static string Artifact(string name) => Path.Combine(Artifacts, name);
}
