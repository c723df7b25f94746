using CallFlow.AspNetCore.Storage;

namespace CallFlow.Server.Tests.Storage;

/// <summary>A feature's schema for migration tests: version n creates table <c>{name}_v{n}</c>; the name is unique per test.</summary>
public sealed class ProbeSchema(string name, int versions) : IStorageSchema
{
    public ProbeSchema(int versions)
        : this("probe_" + Guid.NewGuid().ToString("N")[..12], versions)
    {
    }

    public string Name => name;

    public IReadOnlyList<SchemaMigration> Migrations { get; } = Enumerable.Range(1, versions).Select(v => Step(name, v)).ToList();

    /// <summary>The same feature with one more migration, as the next release would ship it.</summary>
    public ProbeSchema NextRelease() => new(name, versions + 1);

    public static SchemaMigration Step(string name, int version)
    {
        var sql = $"CREATE TABLE {name}_v{version} (id INTEGER PRIMARY KEY)";
        return new SchemaMigration(version, $"adds {name}_v{version}", sql, sql);
    }
}
