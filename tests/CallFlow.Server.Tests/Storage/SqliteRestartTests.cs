using Xunit.Abstractions;

namespace CallFlow.Server.Tests.Storage;

/// <summary>The restart test with no storage configuration at all: SQLite under the content root's data/ folder.</summary>
public sealed class SqliteRestartTests(ITestOutputHelper output) : RestartTests(output)
{
    protected override string[] StorageArguments => [];

    protected override void AssertHistoryWhereExpected(string contentRoot) =>
        Assert.True(File.Exists(Path.Combine(contentRoot, "data", "callflow.db")), "With no configuration the history is data/callflow.db under the content root.");
}
