using Microsoft.Playwright;

namespace CallFlow.Server.Tests.OpenApi;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium) driven by Playwright's bundled driver: no browser is ever downloaded.
/// Each launch gets a fresh profile folder, deleted on dispose.
/// </summary>
public sealed class SystemChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly string _profile;

    private SystemChromium(IPlaywright playwright, IBrowserContext context, string profile)
    {
        _playwright = playwright;
        Context = context;
        _profile = profile;
    }

    public IBrowserContext Context { get; }

    public static async Task<SystemChromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}: the Swagger UI browser test needs it. Install it with `apt-get install -y chromium chromium-driver` (.ci/run does this).");
        }

        var profile = Directory.CreateTempSubdirectory("callflow-chromium-").FullName;
        var playwright = await Playwright.CreateAsync();
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
            ViewportSize = new ViewportSize { Width = 1280, Height = 1600 },
        });
        return new SystemChromium(playwright, context, profile);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        _playwright.Dispose();
        Directory.Delete(_profile, recursive: true);
    }
}
