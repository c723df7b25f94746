namespace CallFlow.Cli;

/// <summary>The exit codes every verb uses.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was clean: no problems, no differences.</summary>
    public const int Success = 0;

    /// <summary>The input was read, and it has problems (lint, format), differs (replay) or broke the protocol (simulate).</summary>
    public const int Problems = 1;

    /// <summary>The command could not do its job: bad arguments, a file that cannot be read or parsed, a server that cannot be reached.</summary>
    public const int Unusable = 2;
}
