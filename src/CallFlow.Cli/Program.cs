namespace CallFlow.Cli;

/// <summary>The callflow command.</summary>
public static class Program
{
    /// <summary>Runs a verb and returns its exit code.</summary>
    public static Task<int> Main(string[] args) => CliApp.RunAsync(args, Console.Out, Console.Error);
}
