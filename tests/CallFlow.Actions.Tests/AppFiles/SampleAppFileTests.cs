using CallFlow.Actions.AppFiles;

namespace CallFlow.Actions.Tests.AppFiles;

public class SampleAppFileTests
{
    public static TheoryData<string> Samples => new(SampleFileNames());

    private static string SampleFolder => Path.Combine(RepositoryRoot(), "src", "CallFlow.Server", "apps");

    [Theory]
    [MemberData(nameof(Samples))]
    public void EverySampleAppFileIsValid(string fileName)
    {
        var result = AppFileReader.Read($"apps/{fileName}", File.ReadAllBytes(Path.Combine(SampleFolder, fileName)));

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
    }

    [Fact]
    public void TheThreeSamplesShip()
    {
        // Apps added beside them, as the docs teach, are checked by the theory above and do not break this one.
        Assert.Superset(new HashSet<string>(["conference.json", "menu.json", "reception.json"]), SampleFileNames().ToHashSet());
    }

    private static string[] SampleFileNames() =>
        Directory.EnumerateFiles(SampleFolder, "*.json").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToArray();

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CallFlow.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException($"No CallFlow.sln above {AppContext.BaseDirectory}.");
    }
}
