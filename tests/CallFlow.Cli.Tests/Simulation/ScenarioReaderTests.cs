using CallFlow.Simulator;

namespace CallFlow.Cli.Tests.Simulation;

public sealed class ScenarioReaderTests
{
    [Fact]
    public void ReadsEveryKindOfAnswer()
    {
        var scenario = ScenarioReader.Parse("""
            {
              "connects": [{"destination": 2, "seconds_connected": 47.3}, {"outcome": "busy"}],
              "digits": ["1", "1234#"],
              "recordings": [{"seconds": 12.5, "contains_sound": false, "filename": "vm.wav"}],
              "speech": ["sales please", ""],
              "fax_pages": 4,
              "caller_hangs_up_at_step": 9
            }
            """);

        Assert.Equal((ConnectAnswer.Answered, 2, 47.3), (scenario.Connects[0].Outcome, scenario.Connects[0].Destination, scenario.Connects[0].SecondsConnected));
        Assert.Equal((ConnectAnswer.Busy, 1, 30.0), (scenario.Connects[1].Outcome, scenario.Connects[1].Destination, scenario.Connects[1].SecondsConnected));
        Assert.Equal(["1", "1234#"], scenario.Digits);
        Assert.Equal((12.5, false, "vm.wav"), (scenario.Recordings[0].Seconds, scenario.Recordings[0].ContainsSound, scenario.Recordings[0].Filename));
        Assert.Equal(["sales please", ""], scenario.Speech);
        Assert.Equal(4, scenario.FaxPages);
        Assert.Equal(9, scenario.CallerHangsUpAtStep);
    }

    [Fact]
    public void EmptyObjectIsTheDefaultScenario()
    {
        var scenario = ScenarioReader.Parse("{}");

        Assert.Empty(scenario.Connects);
        Assert.Null(scenario.CallerHangsUpAtStep);
    }

    [Theory]
    [InlineData("""{"conects": []}""", "conects: unknown property")]
    [InlineData("""{"connects": [{"seconds": 5}]}""", "connects[0].seconds: unknown property")]
    [InlineData("""{"digits": "123"}""", "digits: must be an array")]
    [InlineData("""{"connects": [{"seconds_connected": -1}]}""", "connects[0].seconds_connected: must not be negative, not -1")]
    [InlineData("""{"recordings": [{"seconds": -2}]}""", "recordings[0].seconds: must not be negative, not -2")]
    [InlineData("""{"caller_hangs_up_at_step": 0}""", "caller_hangs_up_at_step: must be 1 or more, not 0")]
    [InlineData("""{"digits": [null]}""", "digits[0]: must be a string of keys from 0123456789ABCD#*, not null")]
    [InlineData("""{"connects": null}""", "connects: must be an array, not null")]
    [InlineData("""{"digits": null}""", "digits: must be an array, not null")]
    [InlineData("""{"recordings": null}""", "recordings: must be an array, not null")]
    [InlineData("""{"speech": null}""", "speech: must be an array, not null")]
    [InlineData("""{"speech": [null]}""", "speech[0]: must be a string (empty for silence), not null")]
    [InlineData("""{"fax_pages": 0}""", "fax_pages: must be 1 or more, not 0")]
    [InlineData("""{"": 1}""", "$: has a property with an empty name, which is unknown")]
    [InlineData("null", "$: must be an object, not null")]
    [InlineData("{", "$: not valid JSON (line 1, column 2): expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed")]
    public void ProblemsNameTheirPlace(string json, string problem)
    {
        var exception = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(json));

        Assert.Equal([problem], exception.Problems);
    }
}
