using System.CommandLine;
using CallFlow.Cli.Documents;

namespace CallFlow.Cli.Lint;

/// <summary><c>callflow lint FILE...</c>: checks each file by the rules of its kind, told by content.</summary>
internal static class LintCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Response documents, page requests, recordings or app files; each one's kind is told by its content.",
        };
        var allowUnknown = new Option<bool>("--allow-unknown-properties")
        {
            Description = "Report properties and actions the model does not know as warnings (FILE: json.path: warning: ...) that do not fail lint.",
        };
        var command = new Command("lint", "Check files and print one line per problem: FILE: json.path: message. Exit 0 when clean, 1 with problems (an unknown property or action is one, unless --allow-unknown-properties), 2 when a file cannot be read or parsed.")
        {
            files,
            allowUnknown,
        };
        command.SetAction(parsed => Run(parsed.GetValue(files)!, parsed.InvocationConfiguration.Output, parsed.GetValue(allowUnknown)));
        return command;
    }

    /// <summary>Checks every file, prints its problems, and returns the worst exit code.</summary>
    public static int Run(IEnumerable<string> files, TextWriter output, bool unknownNamesAreWarnings = false)
    {
        var exitCode = ExitCodes.Success;
        foreach (var file in files)
        {
            var check = DocumentKinds.Check(file);
            foreach (var line in check.Lines(unknownNamesAreWarnings))
            {
                output.WriteLine(line);
            }

            exitCode = Math.Max(exitCode, check.ExitCodeWith(unknownNamesAreWarnings));
        }

        return exitCode;
    }
}
