using System.Text.RegularExpressions;
using CallFlow.AspNetCore.Declarative;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.Hosting;

/// <summary>Why a host did not start, told as an operator needs it: what is wrong, where, and how to fix it.</summary>
/// <param name="What">The problems, one a line, in the words of the part that found them.</param>
/// <param name="Where">Where to look.</param>
/// <param name="Fix">What to do about it.</param>
internal sealed partial record StartupFailure(IReadOnlyList<string> What, string Where, string Fix)
{
    private const string Settings = "the configuration: appsettings.json, environment variables (CallFlow__Section__Key) or the command line (--CallFlow:Section:Key=value)";

    /// <summary>Reads <paramref name="exception"/> as one of the failures a start can meet.</summary>
    public static StartupFailure From(Exception exception) => exception switch
    {
        OptionsValidationException invalid => new(invalid.Failures.Select(WithoutDataAnnotationWrapper).ToList(), Settings,
            "Set each key named above to a valid value (docs/operations.md lists every setting), then start again."),
        AppFilesInvalidException files => new([files.Message], $"the app files in {files.Folder} (CallFlow:AppsPath)",
            "Correct the files named above (callflow lint FILE shows the same problems) or move them out of the folder, then start again."),
        IOException { InnerException: AddressInUseException } busy => new([busy.Message],
            "the listening address (--urls, ASPNETCORE_URLS or Kestrel settings)",
            "Stop the other process listening there, or choose another port, e.g. --urls http://127.0.0.1:5080."),
        AggregateException { InnerExceptions.Count: 1 } single => From(single.InnerExceptions[0]),
        _ => new(Messages(exception).ToList(), Settings + ", or the files they name",
            "Correct what the message names, then start again."),
    };

    /// <summary>The block printed on the error output.</summary>
    public string Render()
    {
        var lines = new List<string> { "CallFlow could not start.", "", "What is wrong:" };
        lines.AddRange(What.SelectMany(problem => problem.Split('\n')).Select(line => "  " + line.TrimEnd('\r')));
        lines.AddRange(["", "Where: " + Where, "How to fix it: " + Fix, ""]);
        return string.Join(Environment.NewLine, lines);
    }

    // DataAnnotations validation wraps our messages, which name the key, in its own words about the options class.
    private static string WithoutDataAnnotationWrapper(string failure) =>
        DataAnnotationFailure().Match(failure) is { Success: true } match ? match.Groups["message"].Value : failure;

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']*' members: '[^']*' with the error: '(?<message>.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();

    // A wrapper's message usually repeats its cause's; the innermost messages that add something are kept.
    private static IEnumerable<string> Messages(Exception exception)
    {
        var messages = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (!messages.Any(m => m.Contains(current.Message, StringComparison.Ordinal)))
            {
                messages.Add(current.Message);
            }
        }

        return messages;
    }
}
