namespace CallFlow.Cli.Tests.Support;

/// <summary>The exit code and the text a verb printed.</summary>
public sealed record CliOutcome(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> OutputLines => Lines(Output);

    public IReadOnlyList<string> ErrorLines => Lines(Error);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
