using CallFlow.Cli.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace CallFlow.Cli.Tests.Reliability;

/// <summary>
/// Bad argument combinations for every verb, listed and generated. Every URL in them is a closed port on 127.0.0.1 or
/// no usable URL at all, so no combination can reach a server.
/// </summary>
public sealed class HostileArguments
{
    /// <summary>The seed of the generated combinations.</summary>
    public const ulong Seed = 20_261_122;

    private static readonly int[] UsageError = [2];
    private readonly string _url;
    private readonly string _app;
    private readonly string _good;
    private readonly string _bad;
    private readonly string _folder;
    private readonly string _missing;

    public HostileArguments(TempFolder folder)
    {
        _url = $"http://127.0.0.1:{LoopbackPort.Closed()}";
        _app = _url + "/apps/x";
        _good = folder.Write("good-response.json", SampleDocuments.Response);
        _bad = folder.Write("bad-response.json", "{\"actions\": [{\"sleep\": {}}]}");
        _folder = folder.Path;
        _missing = folder.Missing("missing.json");
    }

    /// <summary>Combinations that must each be refused (exit 2 with a message), or show help (exit 0).</summary>
    public IEnumerable<HostileArgs> Listed()
    {
        string[][] refused =
        [
            [], [""], [" "], ["-"], ["--"], ["lint", "--"], ["lint", ""], ["lint", "--unknown", _good], ["lint", "-x"], ["lint", _folder], ["lint", _missing, _good],
            ["lint", "@" + _missing], ["lint", "@" + _folder], ["lint", "@"], ["format"], ["format", _good, _bad], ["format", "--json", _good], ["format", ""], ["format", _folder],
            ["format", "@" + _missing], ["LINT", _good], ["lint\0", _good], ["replay"], ["replay", _good], ["replay", _good, "--url"], ["replay", _good, "--url", ""],
            ["replay", _good, "--url", "http://"], ["replay", _good, "--url", "http://127.0.0.1:99999"], ["replay", _good, "--url", "http://[::1"],
            ["replay", _good, "--url", "file:///etc/passwd"], ["replay", _good, "--url", "127.0.0.1"], ["replay", _good, "--url", "/apps/x"], ["replay", _good, "--url", _url, "--url", _url],
            ["replay", _good, _bad, "--url", _url], ["replay", _missing, "--url", _url], ["replay", _folder, "--url", _url], ["replay", "", "--url", _url],
            ["replay", _good, "--url", _url, "--user", "u"], ["replay", _good, "--url", _url, "--password", "p"], ["replay", _good, "--url", _url, "--user"],
            ["simulate"], ["simulate", _app], ["simulate", "--url"], ["simulate", "--url", "javascript:alert(1)"], ["simulate", "--url", "http://exa mple/"],
            ["simulate", "--url", _app, "--direction"], ["simulate", "--url", _app, "--direction", "IN"], ["simulate", "--url", _app, "--direction", ""],
            ["simulate", "--url", _app, "--scenario"], ["simulate", "--url", _app, "--scenario", _folder], ["simulate", "--url", _app, "--scenario", _missing],
            ["simulate", "--url", _app, "--scenario", ""], ["simulate", "--url", _app, "--scenario", _good], ["simulate", "--url", _app, "--from", ""],
            ["simulate", "--url", _app, "--to", "   "], ["simulate", "--url", _app, "--from", "\0"], ["simulate", "--url", _app, "--token", new string('t', 100_000)],
            ["simulate", "--url", _app, "--user", "", "--password", ""], ["simulate", "--url", _app, "--user", "a:b\r\nX-Injected: 1", "--password", "é\0"],
            ["simulate", "--url", _url.Replace("http://", "http://user:pass@", StringComparison.Ordinal) + "/apps/x"], ["simulate", "--url", _app + "?q=1#fragment"],
            ["simulate", "--url", _app, "--json", "--json"], ["simulate", "--url", _app, "--json", "maybe"], ["simulate", "--url", _app, "extra"],
            ["simulate", "--url", _app, "--from", "1", "--from", "2"], ["simulate", "--url", _app, "--scenario", _good, "--scenario", _bad],
            ["simulate", "--url", _app + new string('a', 70_000)], ["simulate", "--url", "http://127.0.0.1:0/apps/x"],
        ];
        foreach (var args in refused)
        {
            yield return new HostileArgs(args, UsageError);
        }

        foreach (var help in new[] { "--help", "-h", "-?" })
        {
            yield return new HostileArgs([help], [0]);
            yield return new HostileArgs(["lint", help], [0]);
            yield return new HostileArgs(["simulate", "--url", "nonsense", help], [0, 2]);
        }

        yield return new HostileArgs(["--version"], [0]);
        yield return new HostileArgs(["lint", "--version"], UsageError);
    }

    /// <summary><paramref name="count"/> random sequences of verbs, options and values, good and bad, from a fixed seed.</summary>
    public IReadOnlyList<HostileArgs> Generated(int count)
    {
        string[] words =
        [
            "lint", "format", "simulate", "replay", "--url", "--from", "--to", "--direction", "--token", "--scenario", "--user", "--password", "--json", "--help",
            "--", "-", "", "in", "out", "sideways", _url, _app, "localhost:5000", "ftp://x/", "http://[", _good, _bad, _folder, _missing, "@" + _missing, "0", "-1",
            "é", "a b", "\"", "'", "--url=" + _app, "--direction:out", "[diagram]", "[parse]",
        ];
        return Gen.Elements(words).ArrayOf().Select(args => new HostileArgs(args.Take(9).ToArray(), HostileFile.AnyVerdict)).Sample(count, new Rnd(Seed), 12).ToList();
    }
}
