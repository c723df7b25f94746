using CallFlow.Actions.Requests;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Verbs;
using CallFlow.AspNetCore.Apps;
using CallFlow.AspNetCore.Declarative;
using CallFlow.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallFlow.Server.Tests.Declarative;

public sealed class AppFileProviderTests : IDisposable
{
    private readonly AppFolder _folder = new();
    private readonly LogRecorder _log = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void EveryAppFileIsServedUnderItsFileName()
    {
        _folder.Write("greeting", AppFolder.Saying("Hello")).Write("farewell", AppFolder.Saying("Goodbye"));

        using var provider = CreateProvider();

        Assert.Equal(["farewell", "greeting"], provider.AppNames.Order(StringComparer.Ordinal));
        Assert.Equal("Hello", Said(provider, "greeting"));
    }

    [Fact]
    public void AnInvalidFileStopsTheStartupWithOneLinePerProblem()
    {
        _folder.Write("greeting", AppFolder.Saying("Hello"))
            .Write("reception", AppFolder.BadTime)
            .Write("menu", """{ "fallback": [], "pages": { "first": [ { "actions": [ { "hang_up": 5 } ] } ], "left": [] } }""");

        var failure = Assert.Throws<AppFilesInvalidException>(() => CreateProvider());

        var lines = failure.Message.Split(Environment.NewLine);
        Assert.Equal(
            [
                "apps/menu.json: pages.first[0].actions[0].hang_up: must be an object, not 5",
                "apps/menu.json: pages.left: has no rules; a page needs at least one",
                "apps/reception.json: pages.first[0].when.time: \"9-17\" is not HH:mm-HH:mm",
            ],
            lines[1..]);
    }

    [Fact]
    public void AFileNamedLikeACodeFirstAppIsAStartupError()
    {
        _folder.Write("reception", AppFolder.Saying("Hello"));
        var failure = Assert.Throws<AppFilesInvalidException>(() => CreateProvider(CodeFirstApp("reception")));

        Assert.EndsWith("apps/reception.json: the app name \"reception\" is taken by a code-first app; rename the file", failure.Message);
    }

    [Fact]
    public void FileAppsAndCodeFirstAppsAreServedSideBySide()
    {
        _folder.Write("greeting", AppFolder.Saying("Hello"));
        var codeFirst = CodeFirstApp("support");
        using var provider = CreateProvider(codeFirst);

        var registry = new AppRegistry(codeFirst, [provider]);

        Assert.Equal(["greeting", "support"], registry.AppNames);
        Assert.True(registry.TryGet("greeting", out var fileApp));
        Assert.IsType<DeclarativeApp>(fileApp);
    }

    [Fact]
    public async Task AChangedFileServesItsNewVersionWithinSeconds()
    {
        _folder.Write("greeting", AppFolder.Saying("Hello"));
        using var provider = await StartProviderAsync();

        _folder.Write("greeting", AppFolder.Saying("Good morning"));

        await Eventually.HoldsAsync(() => Said(provider, "greeting") == "Good morning", "the edited greeting is served");
        Assert.Contains(_log.Lines, line => line == "Information: App greeting reloaded from apps/greeting.json");
    }

    [Fact]
    public async Task ABrokenEditIsRefusedAndThePreviousVersionKeepsServing()
    {
        _folder.Write("greeting", AppFolder.Saying("Hello"));
        using var provider = await StartProviderAsync();

        _folder.Write("greeting", AppFolder.BadTime);

        await Eventually.HoldsAsync(() => _log.Lines.Any(line => line.Contains("Refused the new version of apps/greeting.json", StringComparison.Ordinal)), "the broken edit is refused");
        Assert.Equal("Hello", Said(provider, "greeting"));
        Assert.Contains(_log.Lines, line => line.StartsWith("Warning: ", StringComparison.Ordinal)
            && line.EndsWith("apps/greeting.json: pages.first[0].when.time: \"9-17\" is not HH:mm-HH:mm", StringComparison.Ordinal));

        _folder.Write("greeting", AppFolder.Saying("Fixed"));

        await Eventually.HoldsAsync(() => Said(provider, "greeting") == "Fixed", "the fixed greeting is served");
    }

    [Fact]
    public async Task ANewFileIsServedAndADeletedFileIsNot()
    {
        _folder.Write("greeting", AppFolder.Saying("Hello"));
        using var provider = await StartProviderAsync();

        _folder.Write("support", AppFolder.Saying("Support"));
        await Eventually.HoldsAsync(() => provider.TryGet("support", out _), "the new support app is served");
        Assert.Equal("Support", Said(provider, "support"));

        _folder.Delete("greeting");
        await Eventually.HoldsAsync(() => !provider.TryGet("greeting", out _), "the deleted greeting app is gone");
        Assert.Contains(_log.Lines, line => line == "Information: App greeting removed: apps/greeting.json was deleted");
    }

    [Fact]
    public async Task AnInvalidNewFileIsNotServedAndTheReasonIsLogged()
    {
        using var provider = await StartProviderAsync();

        _folder.Write("reception", AppFolder.BadTime);

        await Eventually.HoldsAsync(() => _log.Lines.Any(line => line.Contains("Refused apps/reception.json; app reception is not served until the file is fixed", StringComparison.Ordinal)), "the new file is refused");
        Assert.False(provider.TryGet("reception", out _));
    }

    private static IReadOnlyList<ICallFlowApp> CodeFirstApp(string name) => new ServiceCollection()
        .AddCallFlowApp(name, app => app.MapFirst(() => new ActionsResponse(new HangUp())))
        .BuildServiceProvider()
        .GetServices<ICallFlowApp>()
        .ToList();

    private AppFileProvider CreateProvider(IEnumerable<ICallFlowApp>? codeFirstApps = null) => new(
        Options.Create(new DeclarativeAppsOptions()),
        new HostingEnvironment { ContentRootPath = _folder.ContentRoot },
        TimeProvider.System,
        codeFirstApps ?? [],
        LoggerFactory.Create(logging => logging.AddProvider(_log).SetMinimumLevel(LogLevel.Debug)));

    private async Task<AppFileProvider> StartProviderAsync()
    {
        var provider = CreateProvider();
        await provider.StartAsync(CancellationToken.None);
        return provider;
    }

    internal static string Said(AppFileProvider provider, string app)
    {
        Assert.True(provider.TryGet(app, out var served), $"app {app} is served");
        var context = new PageContext(app, PageNames.First, PageRequestReader.Read(PageRequests.Inbound().ToJsonString()), new ServiceCollection().BuildServiceProvider());
        return SaidText.Of(((DeclarativeApp)served).Answer(context));
    }
}
