using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Validation;

namespace CallFlow.Simulator;

/// <summary>Reads a scenario file strictly: an unknown property is a problem (a typo would otherwise be silently ignored).</summary>
public static class ScenarioReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        MaxDepth = 16,
    };

    /// <summary>Reads a scenario from JSON text.</summary>
    /// <exception cref="ScenarioException">The text is not a valid scenario.</exception>
    public static Scenario Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new ScenarioException([JsonReadProblems.DescribeSyntax(exception).ToString()]);
        }

        Scenario? scenario;
        using (document)
        {
            try
            {
                scenario = document.RootElement.Deserialize<Scenario>(Options);
            }
            catch (JsonException exception)
            {
                throw new ScenarioException(JsonReadProblems.Describe(exception).Select(problem => problem.ToString()).ToList());
            }
        }

        if (scenario is null)
        {
            throw new ScenarioException(["$: must be an object, not null"]);
        }

        var invalid = Problems(scenario).ToList();
        return invalid.Count > 0 ? throw new ScenarioException(invalid) : scenario;
    }

    private static IEnumerable<string> Problems(Scenario scenario)
    {
        // "connects": null reads as a null list; it would otherwise stop the simulator midway.
        var lists = new (string Name, object? List)[] { ("connects", scenario.Connects), ("digits", scenario.Digits), ("recordings", scenario.Recordings), ("speech", scenario.Speech) };
        var nullLists = lists.Where(list => list.List is null).Select(list => $"{list.Name}: must be an array, not null").ToList();
        if (nullLists.Count > 0)
        {
            foreach (var problem in nullLists)
            {
                yield return problem;
            }

            yield break;
        }

        for (var i = 0; i < scenario.Connects.Count; i++)
        {
            var connect = scenario.Connects[i];
            if (connect is null)
            {
                yield return $"connects[{i}]: must be an object, not null";
                continue;
            }

            if (connect.Outcome is not (ConnectAnswer.Answered or ConnectAnswer.NoAnswer or ConnectAnswer.Busy))
            {
                yield return $"connects[{i}].outcome: must be {ConnectAnswer.Answered}, {ConnectAnswer.NoAnswer} or {ConnectAnswer.Busy}, not \"{connect.Outcome}\"";
            }

            if (connect.Destination < 1)
            {
                yield return $"connects[{i}].destination: must be 1 or more (the first destination is 1), not {connect.Destination}";
            }

            if (connect.SecondsConnected < 0)
            {
                yield return $"connects[{i}].seconds_connected: must not be negative, not {connect.SecondsConnected}";
            }
        }

        for (var i = 0; i < scenario.Digits.Count; i++)
        {
            if (scenario.Digits[i] is not { } keys || !Keys.AreKeys(keys))
            {
                yield return $"digits[{i}]: must be a string of keys from {Keys.Alphabet}, not {(scenario.Digits[i] is null ? "null" : $"\"{scenario.Digits[i]}\"")}";
            }
        }

        for (var i = 0; i < scenario.Recordings.Count; i++)
        {
            if (scenario.Recordings[i] is not { } recording)
            {
                yield return $"recordings[{i}]: must be an object, not null";
            }
            else if (recording.Seconds < 0)
            {
                yield return $"recordings[{i}].seconds: must not be negative, not {recording.Seconds}";
            }
        }

        for (var i = 0; i < scenario.Speech.Count; i++)
        {
            if (scenario.Speech[i] is null)
            {
                yield return $"speech[{i}]: must be a string (empty for silence), not null";
            }
        }

        if (scenario.FaxPages < 1)
        {
            yield return $"fax_pages: must be 1 or more, not {scenario.FaxPages}";
        }

        if (scenario.CallerHangsUpAtStep is < 1)
        {
            yield return $"caller_hangs_up_at_step: must be 1 or more, not {scenario.CallerHangsUpAtStep}";
        }
    }
}
