using System.CommandLine;
using System.Text;
using System.Text.Json;
using CallFlow.Actions.Serialization;
using CallFlow.Cli.Arguments;
using CallFlow.Cli.Documents;
using CallFlow.Simulator;

namespace CallFlow.Cli.Simulate;

/// <summary><c>callflow simulate --url BASE_URL_OF_APP ...</c>: plays the platform against a running app and prints what happened.</summary>
internal static class SimulateCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The caller's number (call_from).", HelpName = "N", DefaultValueFactory = _ => SimulationOptions.DefaultFrom };
        var to = new Option<string>("--to") { Description = "The called number (call_to).", HelpName = "N", DefaultValueFactory = _ => SimulationOptions.DefaultTo };
        var direction = new Option<string>("--direction") { Description = "The call's direction (call_direction).", DefaultValueFactory = _ => "in" };
        direction.AcceptOnlyFromAmong("in", "out");
        var token = new Option<string>("--token") { Description = "The token of the first page, as service_start would pass it.", HelpName = "T" };
        var scenario = new Option<string>("--scenario") { Description = "A scenario file: who answers, keys pressed, recordings, hang-ups (see docs/cli.md).", HelpName = "FILE" };
        var json = new Option<bool>("--json") { Description = "Print the exchanges as a recording (replay it later) on stdout; the transcript goes to stderr." };
        var command = new Command("simulate", "Play the platform against a running app: first page, actions, next pages, error page, final page. Exit 1 when an answer broke the protocol.")
        {
            from,
            to,
            direction,
            token,
            scenario,
            json,
        };
        var common = CommonOptions.AddTo(command, "The app's base URL, such as http://localhost:5000/apps/reception; its pages are first, final, error and the next pages it names.");
        foreach (var number in new[] { from, to })
        {
            number.Validators.Add(result =>
            {
                if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
                {
                    result.AddError($"{number.Name} must not be empty.");
                }
            });
        }

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var error = parsed.InvocationConfiguration.Error;
            if (ReadScenario(parsed.GetValue(scenario), error) is not { } script)
            {
                return ExitCodes.Unusable;
            }

            var options = new SimulationOptions(parsed.GetValue(common.Url)!)
            {
                From = parsed.GetValue(from)!,
                To = parsed.GetValue(to)!,
                Direction = parsed.GetValue(direction)!,
                Token = parsed.GetValue(token),
                Scenario = script,
                Credentials = common.Credentials(parsed),
            };
            using var http = new HttpClient();
            return await RunAsync(new PlatformSimulator(http, options), options.AppUrl, parsed.GetValue(json), output, error, cancellationToken);
        });
        return command;
    }

    /// <summary>Runs the simulation and prints its transcript, or its recording with <paramref name="json"/>.</summary>
    public static async Task<int> RunAsync(PlatformSimulator simulator, Uri appUrl, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        SimulationResult result;
        try
        {
            result = await simulator.RunAsync(cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            error.WriteLine($"callflow simulate: cannot reach {appUrl}: {exception.Message}");
            return ExitCodes.Unusable;
        }

        var transcript = json ? error : output;
        foreach (var line in result.Transcript)
        {
            transcript.WriteLine(line);
        }

        if (!result.Succeeded)
        {
            transcript.WriteLine(result.Problems.Count == 1 ? "1 problem:" : $"{result.Problems.Count} problems:");
            foreach (var problem in result.Problems)
            {
                transcript.WriteLine($"  {problem}");
            }
        }

        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(result.Recording, CallFlowJson.Indented));
        }

        return result.Succeeded ? ExitCodes.Success : ExitCodes.Problems;
    }

    private static Scenario? ReadScenario(string? file, TextWriter error)
    {
        if (file is null)
        {
            return new Scenario();
        }

        if (!FileInput.TryRead(file, out var utf8, out var unreadable))
        {
            error.WriteLine(unreadable!.ToLine(file));
            return null;
        }

        try
        {
            return ScenarioReader.Parse(Encoding.UTF8.GetString(utf8.Span));
        }
        catch (ScenarioException exception)
        {
            foreach (var problem in exception.Problems)
            {
                error.WriteLine($"{file}: {problem}");
            }

            return null;
        }
    }
}
