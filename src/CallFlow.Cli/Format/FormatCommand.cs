using System.CommandLine;
using CallFlow.Cli.Documents;

namespace CallFlow.Cli.Format;

/// <summary><c>callflow format FILE</c>: writes a document's canonical form, the way the wire model writes it.</summary>
internal static class FormatCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A response document, page request or recording (app files keep their own layout)." };
        var command = new Command("format", "Write the canonical form to stdout: web page requests as objects, stable property order, two-space indent. Unknown properties and actions are kept, and named on stderr as warnings. Exit 1 (problems on stderr) if the file is invalid.")
        {
            file,
        };
        command.SetAction(parsed => Run(parsed.GetValue(file)!, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Writes the canonical form of <paramref name="file"/>, or its problems.</summary>
    public static int Run(string file, TextWriter output, TextWriter error)
    {
        var check = DocumentKinds.Check(file);
        if (check.Kind?.CannotFormat is { } reason && check.Readable)
        {
            error.WriteLine($"{file}: $: {reason}");
            return ExitCodes.Unusable;
        }

        if (check.Canonical is not { } canonical)
        {
            foreach (var line in check.ProblemLines)
            {
                error.WriteLine(line);
            }

            return Math.Max(check.ExitCode, ExitCodes.Problems);
        }

        // The canonical form keeps what the model does not know; it is named so a slip does not go unseen.
        foreach (var line in check.Lines(unknownNamesAreWarnings: true))
        {
            error.WriteLine(line);
        }

        output.WriteLine(canonical);
        return ExitCodes.Success;
    }
}
