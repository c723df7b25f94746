namespace CallFlow.Cli.Tests.Support;

/// <summary>Runs the callflow command in-process and captures what it prints.</summary>
public static class Callflow
{
    public static async Task<CliOutcome> RunAsync(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = await CliApp.RunAsync(args, output, error);
        return new CliOutcome(exitCode, output.ToString(), error.ToString());
    }
}
