namespace CallFlow.Cli.Tests.Reliability;

/// <summary>What a hostile FILE argument names.</summary>
public enum HostilePath
{
    /// <summary>A file holding the case's bytes.</summary>
    File,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A path where nothing exists.</summary>
    Missing,

    /// <summary>The empty string.</summary>
    Empty,

    /// <summary>A path under a file, as if the file were a directory.</summary>
    UnderAFile,
}
