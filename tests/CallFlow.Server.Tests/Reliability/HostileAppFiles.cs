using System.Text;
using System.Text.Json.Nodes;
using CallFlow.Actions.AppFiles;

namespace CallFlow.Server.Tests.Reliability;

/// <summary>Hostile app files, generated from the shipped sample apps and the keys the reader knows.</summary>
public static class HostileAppFiles
{
    /// <summary>The shipped sample apps, by name.</summary>
    public static IReadOnlyDictionary<string, byte[]> Samples { get; } =
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "apps"), "*.json")
            .ToDictionary(file => Path.GetFileNameWithoutExtension(file), File.ReadAllBytes);

    public static IEnumerable<(string Description, byte[] Bytes)> All()
    {
        foreach (var (name, sample) in Samples)
        {
            foreach (var (length, bytes) in HostileJson.Truncations(sample, 60))
            {
                yield return ($"{name} cut at {length} bytes", bytes);
            }

            var document = JsonNode.Parse(sample)!;
            foreach (var key in AppFileReader.FileKeys)
            {
                foreach (var value in HostileJson.EveryKindOfValue)
                {
                    yield return ($"{name}: {key} = {value}", HostileJson.WithField(document, [], key, value));
                }
            }

            foreach (var key in AppFileReader.RuleKeys)
            {
                foreach (var value in HostileJson.EveryKindOfValue)
                {
                    yield return ($"{name}: pages.first[0].{key} = {value}", HostileJson.WithField(document, ["pages", "first", "0"], key, value));
                }
            }

            foreach (var value in HostileJson.EveryKindOfValue)
            {
                yield return ($"{name}: pages.first = {value}", HostileJson.WithField(document, ["pages"], "first", value));
                yield return ($"{name}: an action = {value}", HostileJson.WithField(document, ["pages", "first", "0"], "actions", $"[{value}]"));
            }

            foreach (var raw in HostileJson.InvalidUtf8)
            {
                yield return ($"{name} with invalid UTF-8 {Convert.ToHexString(raw)}", [.. sample[..(sample.Length / 2)], .. raw, .. sample[(sample.Length / 2)..]]);
            }
        }

        foreach (var text in HostileJson.Malformed)
        {
            yield return ("malformed JSON", Encoding.UTF8.GetBytes(text));
        }

        foreach (var depth in new[] { 63, 64, 65, 100_000 })
        {
            yield return ($"{depth} levels of nesting", Encoding.UTF8.GetBytes(HostileJson.Nested(depth, true)));
        }

        yield return ("an empty file", []);
        yield return ("random bytes", Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray());
        yield return ("UTF-16", Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(Samples.Values.First())));
        yield return ("a 5 MB string", Encoding.UTF8.GetBytes($"{{\"description\": \"{new string('x', 5_000_000)}\"}}"));
        yield return ("100000 pages", Encoding.UTF8.GetBytes("{\"fallback\": [], \"pages\": {" + string.Join(',', Enumerable.Range(0, 100_000).Select(i => $"\"p{i}\": []")) + "}}"));
    }
}
