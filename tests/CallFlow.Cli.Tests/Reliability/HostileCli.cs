using System.Text.Json;
using System.Text.RegularExpressions;
using CallFlow.Cli.Tests.Support;

namespace CallFlow.Cli.Tests.Reliability;

/// <summary>
/// Runs the callflow command in-process on hostile input and judges how it answered: the exit code docs/cli.md gives
/// for the input, a message where one belongs, problem lines in the <c>FILE: json.path: message</c> form, short enough
/// to read, and never an exception (CliApp must not throw, and no stack trace or exception name may be printed).
/// </summary>
public sealed partial class HostileCli(TempFolder folder)
{
    /// <summary>The longest problem line that still reads as a message (a value echoed whole would make a 5 MB line).</summary>
    public const int MaxLineLength = 1000;

    private int _files;

    /// <summary>How many times the command was run.</summary>
    public int Runs { get; private set; }

    /// <summary>Lint and format <paramref name="hostile"/>, and lint and format the canonical form format wrote; the failures found.</summary>
    public async Task<IReadOnlyList<string>> LintAndFormatAsync(HostileFile hostile)
    {
        var path = Place(hostile);
        var failures = new List<string>();
        var lint = await RunAsync(failures, "lint", path);
        var format = await RunAsync(failures, "format", path);
        if (lint is null || format is null)
        {
            return failures;
        }

        Expect(failures, hostile.AllowedExitCodes.Contains(lint.ExitCode), $"lint exited {lint.ExitCode}, expected {string.Join(" or ", hostile.AllowedExitCodes)}", lint);
        Expect(failures, lint.ExitCode != 0 || (lint.Output == "" && lint.Error == ""), "a clean lint printed something", lint);
        Expect(failures, lint.ExitCode != 1 || (lint.Error == "" && lint.OutputLines.Count > 0), "lint exit 1 without problem lines on stdout alone", lint);
        Expect(failures, lint.ExitCode != 2 || lint.OutputLines.Count + lint.ErrorLines.Count > 0, "lint exit 2 without a message", lint);
        ExpectProblemLines(failures, path, lint.OutputLines, lint);

        // format keeps what the model does not know and names it on stderr as warnings, as lint does when allowed to.
        var lenient = await RunAsync(failures, "lint", "--allow-unknown-properties", path);
        if (lenient is null)
        {
            return failures;
        }

        Expect(failures, lenient.ExitCode <= lint.ExitCode, $"lint --allow-unknown-properties exited {lenient.ExitCode}, more than lint's {lint.ExitCode}", lenient);
        var agrees = (lenient.ExitCode, format.ExitCode) switch
        {
            (0, 0 or 2) or (1, 1 or 2) or (2, 2) => true,
            _ => false,
        };
        Expect(failures, agrees, $"lint --allow-unknown-properties exited {lenient.ExitCode} but format {format.ExitCode}", format);
        if (format.ExitCode != 0)
        {
            Expect(failures, format.Output == "" && format.ErrorLines.Count > 0, "a refused format wrote to stdout or said nothing on stderr", format);
            ExpectProblemLines(failures, path, format.ErrorLines, format);
            return failures;
        }

        Expect(failures, format.ErrorLines.All(line => line.Contains(": warning: ", StringComparison.Ordinal)) && IsJson(format.Output), "format exit 0 without JSON on stdout and only warnings on stderr", format);
        var canonical = folder.Write($"canonical-{Interlocked.Increment(ref _files)}.json", format.Output);
        var relint = await RunAsync(failures, "lint", "--allow-unknown-properties", canonical);
        var reformat = await RunAsync(failures, "format", canonical);
        Expect(failures, relint?.ExitCode == 0, "the canonical form format wrote does not lint clean", relint);
        Expect(failures, reformat?.Output == format.Output, "formatting the canonical form changes it", reformat);
        return failures;
    }

    /// <summary>
    /// Runs a verb that must refuse <paramref name="hostile"/> or fail to reach the closed port it is pointed at: exit 2
    /// with a message on stderr and nothing on stdout (or, for <paramref name="mayPassEmpty"/>, exit 0 having sent nothing).
    /// </summary>
    public async Task<IReadOnlyList<string>> RefusedAsync(HostileFile hostile, Func<string, string[]> args, bool mayPassEmpty = false)
    {
        var failures = new List<string>();
        var path = Place(hostile);
        if (await RunAsync(failures, args(path)) is not { } outcome)
        {
            return failures;
        }

        var passedEmpty = mayPassEmpty && outcome.ExitCode == 0 && outcome.Output.Contains("Replayed 0 exchanges", StringComparison.Ordinal);
        Expect(failures, passedEmpty || (outcome.ExitCode == 2 && outcome.Output == "" && outcome.ErrorLines.Count > 0), "expected exit 2 with a message on stderr alone", outcome);
        ExpectProblemLines(failures, path, outcome.ErrorLines.Where(line => line.StartsWith(path + ": ", StringComparison.Ordinal)), outcome);
        return failures;
    }

    /// <summary>Runs bad arguments: any exit code the docs give, a message with exit 2, and never an exception.</summary>
    public async Task<IReadOnlyList<string>> ArgumentsAsync(HostileArgs hostile)
    {
        var failures = new List<string>();
        if (await RunAsync(failures, hostile.Args) is { } outcome)
        {
            Expect(failures, hostile.AllowedExitCodes.Contains(outcome.ExitCode), $"exited {outcome.ExitCode}, expected {string.Join(" or ", hostile.AllowedExitCodes)}", outcome);
            Expect(failures, outcome.ExitCode != 2 || outcome.ErrorLines.Count + outcome.OutputLines.Count > 0, "exit 2 without a message", outcome);
        }

        return failures;
    }

    /// <summary>Where <paramref name="hostile"/> is given as FILE: a new file with its bytes, or the odd path it names.</summary>
    public string Place(HostileFile hostile)
    {
        var name = $"hostile-{Interlocked.Increment(ref _files)}.json";
        switch (hostile.Path)
        {
            case HostilePath.File:
                var file = folder.Missing(name);
                File.WriteAllBytes(file, hostile.Bytes);
                return file;
            case HostilePath.Directory:
                return Directory.CreateDirectory(folder.Missing(name)).FullName;
            case HostilePath.Missing:
                return folder.Missing(name);
            case HostilePath.UnderAFile:
                return Path.Combine(folder.Write(name, "{}"), "inside.json");
            default:
                return "";
        }
    }

    private async Task<CliOutcome?> RunAsync(List<string> failures, params string[] args)
    {
        Runs++;
        try
        {
            var outcome = await Callflow.RunAsync(args);
            Expect(failures, !LooksCrashed(outcome.Output + outcome.Error), "printed an exception or a stack trace", outcome);
            return outcome;
        }
        catch (Exception exception)
        {
            failures.Add($"{args.FirstOrDefault()} threw {exception.GetType().Name}: {Shorten(exception.Message)}");
            return null;
        }
    }

    private static void ExpectProblemLines(List<string> failures, string path, IEnumerable<string> lines, CliOutcome outcome)
    {
        foreach (var line in lines)
        {
            Expect(failures, line.StartsWith(path + ": ", StringComparison.Ordinal) && ProblemLine().IsMatch(line[(path.Length + 2)..]), $"not a FILE: json.path: message line: {Shorten(line)}", outcome);
            Expect(failures, line.Length <= MaxLineLength, $"a problem line of {line.Length} characters: {Shorten(line)}", outcome);
        }
    }

    private static void Expect(List<string> failures, bool holds, string what, CliOutcome? outcome)
    {
        if (!holds)
        {
            failures.Add(outcome is null ? what : $"{what} (exit {outcome.ExitCode}; stdout: {Shorten(outcome.Output)}; stderr: {Shorten(outcome.Error)})");
        }
    }

    // A stack frame, an exception's type name, or .NET's own wording for an argument or a path leaking through.
    private static bool LooksCrashed(string text) =>
        StackFrame().IsMatch(text) || ExceptionName().IsMatch(text)
        || text.Contains("(Parameter '", StringComparison.Ordinal) || text.Contains("Access to the path", StringComparison.Ordinal);

    private static bool IsJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 1000 });
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + $"...({text.Length} chars)" : text;

    // A problem line after its FILE: a JSON path ($, a name, a name with indexes, or dotted), ": " and a message.
    [GeneratedRegex(@"^(\$|[^\s:]+): \S")]
    private static partial Regex ProblemLine();

    [GeneratedRegex(@"^\s+at \S+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"\b[A-Z]\w*Exception\b")]
    private static partial Regex ExceptionName();
}
