using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;

namespace CallFlow.AspNetCore.DialConnect;

/// <summary>
/// The wire and stored name of each <see cref="DialConnectStatus"/>: read from its <see cref="JsonStringEnumMemberNameAttribute"/>,
/// so the JSON of the API, the database and the status query filter share one spelling.
/// </summary>
internal static class DialConnectStatusNames
{
    private static readonly FrozenDictionary<DialConnectStatus, string> Names = typeof(DialConnectStatus)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .ToFrozenDictionary(
            field => (DialConnectStatus)field.GetValue(null)!,
            field => field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                ?? throw new InvalidOperationException($"DialConnectStatus.{field.Name} has no JsonStringEnumMemberName."));

    private static readonly FrozenDictionary<string, DialConnectStatus> Statuses =
        Names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Every name, in the enum's order.</summary>
    public static IEnumerable<string> All => Enum.GetValues<DialConnectStatus>().Select(Of);

    /// <summary>The name of <paramref name="status"/>: <c>scheduled</c>, <c>dialing</c>...</summary>
    public static string Of(DialConnectStatus status) => Names[status];

    /// <summary>Reads a name as <see cref="Of"/> writes it (exactly); false for anything else.</summary>
    public static bool TryParse(string? name, out DialConnectStatus status) => Statuses.TryGetValue(name ?? "", out status);
}
