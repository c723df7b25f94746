namespace CallFlow.Cli.Tests.Reliability;

/// <summary>
/// One hostile input given as FILE: what it is (for the failure message), its bytes, where it sits (a file, or a
/// directory, a missing path, an empty path) and the exit codes docs/cli.md allows for it.
/// </summary>
public sealed record HostileFile(string Description, byte[] Bytes, HostilePath Path, int[] AllowedExitCodes)
{
    /// <summary>Exit codes of a file that is surely bad: problems (1) or unreadable (2).</summary>
    public static readonly int[] Bad = [1, 2];

    /// <summary>Exit codes of a file that cannot be read or parsed at all.</summary>
    public static readonly int[] Unreadable = [2];

    /// <summary>Exit codes of a generated file that may turn out valid (a null in an optional field, a string where one is expected).</summary>
    public static readonly int[] AnyVerdict = [0, 1, 2];

    /// <summary>A file with <paramref name="bytes"/> that must be refused.</summary>
    public static HostileFile Refused(string description, byte[] bytes) => new(description, bytes, HostilePath.File, Bad);

    /// <summary>A file with <paramref name="bytes"/> that cannot be read or parsed.</summary>
    public static HostileFile NotJson(string description, byte[] bytes) => new(description, bytes, HostilePath.File, Unreadable);

    /// <summary>A generated file whose verdict is not known in advance; only how it is told is checked.</summary>
    public static HostileFile Generated(string description, byte[] bytes) => new(description, bytes, HostilePath.File, AnyVerdict);

    public override string ToString() =>
        $"{Description} [{Path}{(Path == HostilePath.File ? $", {Bytes.Length} bytes" : "")}]";
}
