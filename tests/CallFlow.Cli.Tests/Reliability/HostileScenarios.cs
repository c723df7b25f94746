using System.Text;
using CallFlow.Simulator;
using CallFlow.Server.Tests.Reliability;

namespace CallFlow.Cli.Tests.Reliability;

/// <summary>Hostile scenario files for <c>simulate --scenario</c>: wrong types in every field of the scenario model, and syntax, encoding and path hostility.</summary>
public static class HostileScenarios
{
    /// <summary>A scenario using every property.</summary>
    public const string Good = """
        {"connects": [{"destination": 2, "seconds_connected": 47.3}, {"outcome": "no_answer"}], "digits": ["92", "1234#"],
         "recordings": [{"seconds": 12.5, "contains_sound": true, "filename": "voicemail-1.wav"}], "speech": ["sales", ""],
         "fax_pages": 3, "caller_hangs_up_at_step": 7}
        """;

    public static IEnumerable<HostileFile> All()
    {
        var good = Encoding.UTF8.GetBytes(Good);
        foreach (var (length, bytes) in HostileJson.Truncations(good, 30))
        {
            yield return HostileFile.NotJson($"the scenario cut at {length} bytes", bytes);
        }

        foreach (var field in ModelFields.Of(typeof(Scenario), HostileJson.SnakeCase))
        {
            foreach (var value in HostileJson.EveryKindOfValue.Concat(["1e308", "-1e308", "2147483648", "\"no_answer \"", "\"ANSWERED\"", "\"12x\"", "\"\"", "[null]"]))
            {
                yield return HostileFile.Generated($"scenario {field} = {value}", ModelFields.Document(field, value));
            }
        }

        foreach (var text in HostileJson.Malformed)
        {
            yield return HostileFile.Refused($"malformed JSON {text}", Encoding.UTF8.GetBytes(text));
        }

        foreach (var raw in HostileJson.InvalidUtf8)
        {
            yield return HostileFile.Refused($"invalid UTF-8 {Convert.ToHexString(raw)} in a digits string", [.. "{\"digits\": [\"1"u8, .. raw, .. "\"]}"u8]);
        }

        foreach (var depth in new[] { 15, 16, 17, 64, 65, 100_000 })
        {
            yield return HostileFile.Refused($"{depth} levels of nesting in connects", Encoding.UTF8.GetBytes($"{{\"connects\": {HostileJson.Nested(depth, false)}}}"));
        }

        yield return HostileFile.Generated("a BOM before a good scenario", [.. Encoding.UTF8.Preamble, .. good]);
        yield return HostileFile.Refused("a scenario as UTF-16", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Good)]);
        yield return HostileFile.Refused("a comment", "{\"digits\": [] /* keys */}"u8.ToArray());
        yield return HostileFile.Generated("a duplicate digits", "{\"digits\": [\"1\"], \"digits\": null}"u8.ToArray());
        yield return HostileFile.Generated("100 000 digit strings", Encoding.UTF8.GetBytes("{\"digits\": [" + string.Join(',', Enumerable.Repeat("\"1\"", 100_000)) + "]}"));
        yield return HostileFile.Generated("a 5 MB digit string", Encoding.UTF8.GetBytes($"{{\"digits\": [\"{new string('1', 5_000_000)}\"]}}"));
        yield return HostileFile.Refused("a response document", Encoding.UTF8.GetBytes(Support.SampleDocuments.Response));
        yield return HostileFile.NotJson("an empty file", []);
        yield return HostileFile.NotJson("random bytes", Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray());
        yield return new HostileFile("a directory", [], HostilePath.Directory, HostileFile.Unreadable);
        yield return new HostileFile("a missing path", [], HostilePath.Missing, HostileFile.Unreadable);
        yield return new HostileFile("an empty path", [], HostilePath.Empty, HostileFile.Unreadable);
        yield return new HostileFile("a path under a file", [], HostilePath.UnderAFile, HostileFile.Unreadable);
    }
}
