using System.CommandLine;
using CallFlow.Cli.Format;
using CallFlow.Cli.Lint;
using CallFlow.Cli.Replay;
using CallFlow.Cli.Simulate;

namespace CallFlow.Cli;

/// <summary>The <c>callflow</c> command line, runnable in-process: tests call <see cref="RunAsync"/> with their own writers.</summary>
public static class CliApp
{
    /// <summary>Runs the verb <paramref name="args"/> name and returns its exit code: 0 clean, 1 problems, 2 unusable input or bad arguments.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("callflow: lint, format, simulate and replay CallFlow callflows without a phone.")
        {
            LintCommand.Create(),
            FormatCommand.Create(),
            SimulateCommand.Create(),
            ReplayCommand.Create(),
        };
        // An argument starting with '@' is a file name like any other: System.CommandLine would read it as a response
        // file of more arguments, which callflow does not document, and would throw on one it cannot read.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"callflow: {parseError.Message}");
            }

            var verb = parsed.CommandResult.Command == root ? "" : parsed.CommandResult.Command.Name + " ";
            error.WriteLine($"Run 'callflow {verb}--help' for usage.");
            return ExitCodes.Unusable;
        }

        // A verb reports every failure it expects with its own exit code; anything else is a bug and must not pass for exit code 1.
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        return await parsed.InvokeAsync(configuration, cancellationToken);
    }
}
