using System.Text;
using CallFlow.Cli.Tests.Support;

namespace CallFlow.Cli.Tests.Reliability;

/// <summary>What the hostile-input suite found, one test per fix, each failing without it.</summary>
public sealed class FoundByHostileInputTests : IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData(SampleDocuments.PageRequest)]
    [InlineData(SampleDocuments.Response)]
    public async Task InvalidUtf8InsideAStringIsReportedAsNotUtf8WithItsPlace(string document)
    {
        var at = document.IndexOf(": \"", StringComparison.Ordinal) + 3;
        var file = Path.Combine(_files.Path, "latin1.json");
        await File.WriteAllBytesAsync(file, [.. Encoding.UTF8.GetBytes(document[..at]), 0xE9, .. Encoding.UTF8.GetBytes(document[at..])]);

        var lint = await Callflow.RunAsync("lint", file);
        var format = await Callflow.RunAsync("format", file);

        Assert.Equal(2, lint.ExitCode);
        Assert.Equal([$"{file}: $: not valid UTF-8 (line 1, column {at + 1}): save the file as UTF-8"], lint.OutputLines);
        Assert.Equal((2, lint.Output), (format.ExitCode, format.Error));
    }

    [Fact]
    public async Task AnEmptyFileNameIsSaidPlainly()
    {
        var outcome = await Callflow.RunAsync("lint", "");

        Assert.Equal((2, ": $: cannot read the file: the file name is empty\n"), (outcome.ExitCode, outcome.Output));
    }

    [Fact]
    public async Task ADirectoryGivenAsAFileIsSaidPlainly()
    {
        var outcome = await Callflow.RunAsync("lint", _files.Path);

        Assert.Equal((2, $"{_files.Path}: $: cannot read the file: it is a directory\n"), (outcome.ExitCode, outcome.Output));
    }

    [Fact]
    public async Task AScenarioThatIsADirectoryIsSaidPlainly()
    {
        var outcome = await Callflow.RunAsync("simulate", "--url", $"http://127.0.0.1:{LoopbackPort.Closed()}/apps/x", "--scenario", _files.Path);

        Assert.Equal((2, $"{_files.Path}: $: cannot read the file: it is a directory\n"), (outcome.ExitCode, outcome.Error));
    }

    [Fact]
    public async Task AFileNameStartingWithAtIsAFileNotAResponseFile()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_files.Path, "@folder")).FullName;
        var file = _files.Write("@response.json", SampleDocuments.Response);

        var onFolder = await Callflow.RunAsync("lint", "@" + _files.Path);
        var onFile = await Callflow.RunAsync("lint", file);

        Assert.Equal((2, $"@{_files.Path}: $: cannot read the file: no such file\n"), (onFolder.ExitCode, onFolder.Output));
        Assert.Equal((0, ""), (onFile.ExitCode, onFile.Output));
        Assert.True(Directory.Exists(folder));
    }

    [Fact]
    public async Task AnInvalidLiteralIsQuotedOnOneShortLine()
    {
        var file = _files.Write("literal.json", "{\"actions\": tru,\n \"api_version\": \"2.0\",\n \"token\": \"" + new string('x', 500) + "\"}");

        var outcome = await Callflow.RunAsync("lint", file);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal([$"{file}: $: not valid JSON (line 1, column 16): 'tru,...' is an invalid JSON literal. Expected the literal 'true'"], outcome.OutputLines);
    }

    [Fact]
    public async Task AVeryLongRefusedValueIsCutInTheProblemLine()
    {
        var file = _files.Write("long.json", "{\"actions\": [{\"connect\": {\"destinations\": [\"" + new string('x', 100_000) + "\"]}}], \"api_version\": \"2.0\"}");

        var outcome = await Callflow.RunAsync("lint", file);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            [$"{file}: actions[0].connect.destinations[0]: \"{new string('x', 60)}...\" (100000 characters) is longer than 1024 characters"],
            outcome.OutputLines);
    }

    [Theory]
    [InlineData("""{"instance_info": {"this_call": {"call_id": "c"}}, "fallback": [], "pages": {}}""", "a page request (with \"instance_info\", or a bare one with \"this_call\") and an app file (with \"pages\" and \"fallback\")")]
    [InlineData("""{"actions": [], "api_version": "2.0", "exchanges": []}""", "a recording (with \"exchanges\") and a response document (with \"actions\" or \"api_version\")")]
    public async Task ADocumentThatLooksLikeTwoKindsIsAProblem(string document, string kinds)
    {
        var file = _files.Write("both.json", document);

        var outcome = await Callflow.RunAsync("lint", file);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal([$"{file}: $: looks like more than one kind of document: {kinds}; a file holds one"], outcome.OutputLines);
    }

    [Fact]
    public async Task APropertyWithAnEmptyNameIsAnUnknownProperty()
    {
        var file = _files.Write("empty-name.json", """{"actions": [{"hang_up": {}}], "api_version": "2.0", "": 1}""");

        var outcome = await Callflow.RunAsync("lint", file);

        Assert.Equal([$"{file}: $: has a property with an empty name, kept as written; the properties of the document: actions, token, call_recording_cipher, api_version"], outcome.OutputLines);
    }

    [Theory]
    [InlineData("\"page\": \"http://[\"", "exchanges[0].page: must be a page name (\"menu\"), a path from the app (\"../conference/first\") or an http:// or https:// URL, not \"http://[\"")]
    [InlineData("\"page\": \"first\", \"content_type\": \"garbage;;\"", "exchanges[0].content_type: must be a media type such as \"application/json\", not \"garbage;;\"")]
    public async Task ARecordedExchangeReplayCannotSendIsALintProblemAndReplayRefusesIt(string members, string problem)
    {
        var file = _files.Write("call.json", "{\"app\": \"a\", \"exchanges\": [{" + members + ", \"request\": {\"instance_info\": {\"this_call\": {\"call_id\": \"c\"}}}}]}");

        var lint = await Callflow.RunAsync("lint", file);
        var replay = await Callflow.RunAsync("replay", file, "--url", $"http://127.0.0.1:{LoopbackPort.Closed()}");

        Assert.Equal((1, $"{file}: {problem}\n"), (lint.ExitCode, lint.Output));
        Assert.Equal(2, replay.ExitCode);
        Assert.Contains($"{file}: {problem}", replay.ErrorLines);
    }
}
