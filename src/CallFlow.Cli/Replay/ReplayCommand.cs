using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CallFlow.Actions.Recordings;
using CallFlow.Actions.Serialization;
using CallFlow.Cli.Arguments;
using CallFlow.Cli.Documents;
using CallFlow.Simulator.Http;

namespace CallFlow.Cli.Replay;

/// <summary>
/// <c>callflow replay RECORDING --url BASE_URL</c>: checks that a server still answers a recorded call the same way,
/// with the replayer the integration tests use (<see cref="RecordingReplayer"/>), so both judge a recording alike.
/// </summary>
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
            using var http = new HttpClient { Timeout = PageTimeout };
            http.DefaultRequestHeaders.Authorization = common.Credentials(parsed)?.ToHeader();
            return await RunAsync(http, parsed.GetValue(file)!, parsed.GetValue(common.Url)!, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    /// <summary>Replays the recording in <paramref name="file"/> with <paramref name="http"/> and prints how each exchange went.</summary>
    public static async Task<int> RunAsync(HttpClient http, string file, Uri url, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (ReadRecording(file, error) is not { } recording)
        {
            return ExitCodes.Unusable;
        }

        var serverUrl = ServerUrl(url, recording.App);
        var appUrl = new Uri(serverUrl, $"apps/{Uri.EscapeDataString(recording.App)}/");
        IReadOnlyList<ExchangeOutcome> outcomes;
        try
        {
            outcomes = await new RecordingReplayer(http, serverUrl).ReplayAsync(recording, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            error.WriteLine($"callflow replay: cannot reach {appUrl}: {exception.Message}");
            return ExitCodes.Unusable;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            error.WriteLine($"callflow replay: {appUrl} did not answer within {PageTimeout.TotalSeconds:0} s");
            return ExitCodes.Unusable;
        }

        foreach (var outcome in outcomes)
        {
            var exchange = recording.Exchanges[outcome.Index];
            var differences = Differences(outcome).ToList();
            var verdict = differences.Count switch
            {
                0 => "same",
                1 => "1 difference",
                _ => $"{differences.Count} differences",
            };
            output.WriteLine($"exchange {outcome.Index + 1}: {exchange.Method} {exchange.Page} -> {outcome.ActualStatus.ToString(CultureInfo.InvariantCulture)}: {verdict}");
            foreach (var difference in differences)
            {
                output.WriteLine($"  {difference}");
            }
        }

        var differing = outcomes.Count(outcome => !outcome.Passed);
        output.WriteLine($"Replayed {outcomes.Count} exchanges against {appUrl}: {differing switch { 0 => "all the same", 1 => "1 differs", _ => $"{differing} differ" }}.");
        return differing == 0 ? ExitCodes.Success : ExitCodes.Problems;
    }

    /// <summary>
    /// The server a recording's pages are requested on: <paramref name="url"/> itself, or, when it is already the app's
    /// URL (ending with <c>/apps/{app}</c>), the server it is on.
    /// </summary>
    public static Uri ServerUrl(Uri url, string app)
    {
        var path = url.AbsolutePath.TrimEnd('/');
        var appPath = "/apps/" + Uri.EscapeDataString(app);
        var serverPath = path.EndsWith(appPath, StringComparison.Ordinal) ? path[..^appPath.Length] : path;
        return new UriBuilder(url) { Path = serverPath + "/", Query = "" }.Uri;
    }

    // A recording that passes lint, with its expected responses in canonical form (the form the server writes) and its
    // requests on one line, as they were sent.
    private static Recording? ReadRecording(string file, TextWriter error)
    {
        var check = DocumentKinds.Check(file);
        if (check.Kind is RecordingKind && check.Canonical is { } canonical)
        {
            var recording = JsonSerializer.Deserialize<Recording>(canonical, CallFlowJson.Options)!;
            foreach (var exchange in recording.Exchanges)
            {
                exchange.Request = exchange.Request is { } request && JsonBodies.TryParse(request.GetRawText(), out var json) ? JsonBodies.ToElement(json) : exchange.Request;
            }

            return recording;
        }

        error.WriteLine($"callflow replay: {file} is not a recording that can be replayed:");
        var problems = check.Kind is null or RecordingKind ? check.ProblemLines : [$"{file}: $: this is {check.Kind.Description}, not a recording"];
        foreach (var line in problems)
        {
            error.WriteLine(line);
        }

        return null;
    }

    private static IEnumerable<JsonDifference> Differences(ExchangeOutcome outcome)
    {
        if (outcome.ExpectedStatus != outcome.ActualStatus)
        {
            yield return new JsonDifference("status", outcome.ExpectedStatus.ToString(CultureInfo.InvariantCulture), outcome.ActualStatus.ToString(CultureInfo.InvariantCulture));
        }

        // A recording keeps the layout of its file: each value is shown on one line.
        foreach (var difference in outcome.Differences)
        {
            yield return difference with { Expected = JsonBodies.OneLine(difference.Expected), Actual = JsonBodies.OneLine(difference.Actual) };
        }
    }
}
