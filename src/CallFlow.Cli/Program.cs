namespace CallFlow.Cli;

/// <summary>The callflow command.</summary>
public static class Program
{
    /// <summary>Runs a verb and returns its exit code.</summary>
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("usage: callflow lint|format|simulate|replay ...");
        return 2;
    }
}
