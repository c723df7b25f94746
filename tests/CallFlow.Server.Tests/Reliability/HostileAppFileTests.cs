using CallFlow.Actions.AppFiles;
using CallFlow.AspNetCore.Declarative;
using CallFlow.Server.Tests.Declarative;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.Reliability;

/// <summary>Hostile app files: the reader refuses each with problem lines and never throws; the reload path refuses them and keeps serving.</summary>
public sealed class HostileAppFileTests(ITestOutputHelper output) : IDisposable
{
    private readonly AppFolder _folder = new();
    private readonly LogRecorder _log = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void EveryHostileAppFileIsReadIntoProblemLinesWithoutThrowing()
    {
        var cases = HostileAppFiles.All().ToList();
        var failures = new List<string>();

        foreach (var (description, bytes) in cases)
        {
            try
            {
                var result = AppFileReader.Read("apps/hostile.json", bytes);
                if (result.IsValid == (result.File is null) || result.Problems.Any(p => string.IsNullOrWhiteSpace(p.Message)))
                {
                    failures.Add($"{description}: valid={result.IsValid} but file={(result.File is null ? "none" : "read")}");
                }
            }
            catch (Exception exception)
            {
                failures.Add($"{description}: threw {exception.GetType().Name}: {exception.Message}");
            }
        }

        output.WriteLine($"Hostile app files (reader): {cases.Count} cases tried, {failures.Count} failed.");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(30)));
    }

    [Fact]
    public async Task HostileEditsAndNewFilesAreRefusedWhileTheGoodAppKeepsServing()
    {
        _folder.Write("greeting", AppFolder.Saying("Hello"));
        using var provider = new AppFileProvider(
            Options.Create(new DeclarativeAppsOptions()),
            new HostingEnvironment { ContentRootPath = _folder.ContentRoot },
            TimeProvider.System,
            [],
            LoggerFactory.Create(logging => logging.AddProvider(_log)));
        await provider.StartAsync(CancellationToken.None);
        var hostile = HostileAppFiles.All().Where((_, index) => index % 25 == 0).ToList();

        foreach (var (index, (_, bytes)) in hostile.Index())
        {
            File.WriteAllBytes(Path.Combine(_folder.Path, "greeting.json"), bytes);
            File.WriteAllBytes(Path.Combine(_folder.Path, $"new-{index}.json"), bytes);
        }

        var refusals = hostile.Count(c => !AppFileReader.Read("apps/x.json", c.Bytes).IsValid);
        await Eventually.HoldsAsync(() => _log.Lines.Count(l => l.Contains("Refused", StringComparison.Ordinal)) >= refusals, "every invalid file is refused");
        output.WriteLine($"Hostile app files (reload): {hostile.Count} edits and {hostile.Count} new files written, {refusals} of each invalid.");
        Assert.True(provider.TryGet("greeting", out _), "the good greeting app is still served");
        _folder.Write("greeting", AppFolder.Saying("Still here"));
        await Eventually.HoldsAsync(() => AppFileProviderTests.Said(provider, "greeting") == "Still here", "a good edit after the hostile ones is served");
    }
}
