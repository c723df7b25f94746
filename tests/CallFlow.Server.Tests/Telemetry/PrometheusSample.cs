using System.Globalization;
using System.Text.RegularExpressions;

namespace CallFlow.Server.Tests.Telemetry;

/// <summary>One sample of a Prometheus text scrape: a metric name, its labels and its value.</summary>
public sealed partial record PrometheusSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
{
    /// <summary>Every sample of a scrape (comment lines left out).</summary>
    public static IReadOnlyList<PrometheusSample> ParseAll(string scrape) =>
        scrape.Split('\n').Select(line => Sample().Match(line)).Where(m => m.Success).Select(m => new PrometheusSample(
            m.Groups["name"].Value,
            Label().Matches(m.Groups["labels"].Value).ToDictionary(l => l.Groups["key"].Value, l => l.Groups["value"].Value),
            double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture))).ToList();

    /// <summary>Whether every label of <paramref name="labels"/> is on this sample with that value.</summary>
    public bool Has(params (string Key, string Value)[] labels) => labels.All(l => Labels.TryGetValue(l.Key, out var value) && value == l.Value);

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})? (?<value>\S+)")]
    private static partial Regex Sample();

    [GeneratedRegex(@"(?<key>[a-zA-Z_][a-zA-Z0-9_]*)=""(?<value>[^""]*)""")]
    private static partial Regex Label();
}
