using System.Globalization;
using System.CommandLine;
using System.Text.Json;
using CallFlow.Actions.Recordings;
using CallFlow.Actions.Serialization;
using CallFlow.Cli.Arguments;
using CallFlow.Cli.Documents;

namespace CallFlow.Cli.Replay;

/// <summary><c>callflow replay RECORDING --url BASE_URL</c>: checks that a server still answers a recorded call the same way.</summary>
internal static class ReplayCommand
{
    /// <summary>How long each page may take to answer.</summary>
    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("RECORDING") { Description = "A recording, as simulate --json or the call history writes it." };
        var command = new Command("replay", "Send a recording's requests in order and compare each answer with the recorded one; prints differences by path. Exit 1 on any difference.")
        {
            file,
        };
        var common = CommonOptions.AddTo(command, "The server (http://localhost:5000) or the app (http://localhost:5000/apps/reception); pages are requested at /apps/{app}/{page}.");
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var http = new HttpClient();
            var replayer = new RecordingReplayer(http, common.Credentials(parsed), PageTimeout);
            return await RunAsync(replayer, parsed.GetValue(file)!, parsed.GetValue(common.Url)!, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    /// <summary>Replays the recording in <paramref name="file"/> and prints how each exchange went.</summary>
    public static async Task<int> RunAsync(RecordingReplayer replayer, string file, Uri url, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var check = DocumentKinds.Check(file);
        if (check.Kind is not RecordingKind || check.Canonical is not { } canonical)
        {
            error.WriteLine($"callflow replay: {file} is not a recording that can be replayed:");
            foreach (var line in check.Kind is null || check.Kind is RecordingKind ? check.ProblemLines : [$"{file}: $: this is {check.Kind.Description}, not a recording"])
            {
                error.WriteLine(line);
            }

            return ExitCodes.Unusable;
        }

        var recording = JsonSerializer.Deserialize<Recording>(canonical, CallFlowJson.Strict)!;
        IReadOnlyList<ExchangeOutcome> outcomes;
        try
        {
            outcomes = await replayer.ReplayAsync(recording, url, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            error.WriteLine($"callflow replay: cannot reach {url}: {exception.Message}");
            return ExitCodes.Unusable;
        }

        foreach (var outcome in outcomes)
        {
            var exchange = outcome.Exchange;
            var status = outcome.Status?.ToString(CultureInfo.InvariantCulture) ?? "no answer";
            var verdict = outcome.Matches ? "same" : outcome.Differences.Count == 1 ? "1 difference" : $"{outcome.Differences.Count} differences";
            output.WriteLine($"exchange {outcome.Index + 1}: {exchange.Method} {exchange.Page} -> {status}: {verdict}");
            foreach (var difference in outcome.Differences)
            {
                output.WriteLine($"  {difference}");
            }
        }

        var differing = outcomes.Count(outcome => !outcome.Matches);
        output.WriteLine(differing == 0
            ? $"Replayed {outcomes.Count} exchanges against {RecordingReplayer.AppUrl(url, recording.App)}: all the same."
            : $"Replayed {outcomes.Count} exchanges against {RecordingReplayer.AppUrl(url, recording.App)}: {differing} differ.");
        return differing == 0 ? ExitCodes.Success : ExitCodes.Problems;
    }
}
