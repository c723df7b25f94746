namespace CallFlow.Cli.Tests.Reliability;

/// <summary>One hostile command line and the exit codes docs/cli.md allows for it.</summary>
public sealed record HostileArgs(string[] Args, int[] AllowedExitCodes)
{
    public override string ToString() =>
        "callflow " + string.Join(' ', Args.Select(arg => arg.Length > 80 ? $"{arg[..80]}...({arg.Length} chars)" : $"\"{arg}\""));
}
