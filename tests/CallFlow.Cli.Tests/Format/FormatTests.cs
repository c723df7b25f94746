using System.Text.Json.Nodes;
using CallFlow.Cli.Tests.Support;

namespace CallFlow.Cli.Tests.Format;

public sealed class FormatTests : IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task ResponseIsWrittenWithWebPageRequestsAsObjectsInWireOrderWithTwoSpaceIndent()
    {
        var file = _files.Write("response.json", """
            {"api_version": "2.0", "token": "t-1",
             "actions": [{"connect": {"next_page": "connected", "destinations": ["+441908273800"], "call_from": "441908273801"}}]}
            """);

        var outcome = await Callflow.RunAsync("format", file);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(
            """
            {
              "actions": [
                {
                  "connect": {
                    "destinations": [
                      "+441908273800"
                    ],
                    "call_from": "441908273801",
                    "next_page": {
                      "url": "connected"
                    }
                  }
                }
              ],
              "token": "t-1",
              "api_version": "2.0"
            }

            """,
            outcome.Output);
    }

    [Theory]
    [InlineData("""{"this_call": {"call_state": "answered", "call_id": "c-1"}, "token": "t"}""")]
    [InlineData("""{"instance_info": {"this_call": {"call_state": "answered", "call_id": "c-1"}, "token": "t"}}""")]
    public async Task APageRequestIsWrittenAsThePlatformPostsItTheBareInstanceInfo(string request)
    {
        var file = _files.Write("request.json", request);

        var outcome = await Callflow.RunAsync("format", file);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(
            """
            {
              "token": "t",
              "is_notification": false,
              "this_call": {
                "call_id": "c-1",
                "call_state": "answered"
              }
            }

            """,
            outcome.Output);
    }

    [Fact]
    public async Task RecordingKeepsItsRequestsAndWritesExpectedResponsesCanonically()
    {
        var file = _files.Write("recording.json", """
            {"exchanges": [{"expected_response": {"api_version": "2.0", "actions": [{"redirect": {"next_page": "menu"}}]},
                            "request": {"this_call": {"call_id": "c-1"}, "unknown": [1, 2]}, "page": "first"}],
             "app": "support"}
            """);

        var outcome = await Callflow.RunAsync("format", file);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(
            """
            {
              "app": "support",
              "exchanges": [
                {
                  "page": "first",
                  "method": "POST",
                  "request": {
                    "this_call": {
                      "call_id": "c-1"
                    },
                    "unknown": [
                      1,
                      2
                    ]
                  },
                  "expected_status": 200,
                  "expected_response": {
                    "actions": [
                      {
                        "redirect": {
                          "next_page": {
                            "url": "menu"
                          }
                        }
                      }
                    ],
                    "api_version": "2.0"
                  }
                }
              ]
            }

            """,
            outcome.Output);
    }

    [Fact]
    public async Task FormattedOutputIsStable()
    {
        var once = await Callflow.RunAsync("format", _files.Write("once.json", SampleDocuments.Recording));
        var twice = await Callflow.RunAsync("format", _files.Write("twice.json", once.Output));

        Assert.Equal(once.Output, twice.Output);
    }

    [Fact]
    public async Task PropertiesTheModelDoesNotKnowAreKeptInTheirObjectAndNamedAsWarnings()
    {
        var file = _files.Write("response.json", """{"actions": [{"redirect": {"next_page": {"url": "n", "future_timeout": 5}, "future_reason": "x"}}], "api_version": "2.0", "future_top": [1]}""");

        var outcome = await Callflow.RunAsync("format", file);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(
            JsonNode.Parse("""{"actions": [{"redirect": {"next_page": {"url": "n", "future_timeout": 5}, "future_reason": "x"}}], "api_version": "2.0", "future_top": [1]}""")!.ToJsonString(),
            JsonNode.Parse(outcome.Output)!.ToJsonString());
        Assert.Equal(
            [
                $"{file}: future_top: warning: is not a property of the document, kept as written; the properties of the document: actions, token, call_recording_cipher, api_version",
                $"{file}: actions[0].redirect.future_reason: warning: is not a property of redirect, kept as written; the properties of redirect: next_page",
                $"{file}: actions[0].redirect.next_page.future_timeout: warning: is not a property of next_page, kept as written; the properties of next_page: url, method",
            ],
            outcome.ErrorLines);
    }

    [Fact]
    public async Task InvalidFileExitsOneWithItsProblemsOnStderrAndNothingOnStdout()
    {
        var file = _files.Write("response.json", """{"actions": [{"sleep": {}}], "api_version": "2.0"}""");

        var outcome = await Callflow.RunAsync("format", file);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("", outcome.Output);
        Assert.Equal([$"{file}: actions[0].sleep.seconds: is required"], outcome.ErrorLines);
    }

    [Fact]
    public async Task UnparseableFileExitsTwo()
    {
        var file = _files.Write("broken.json", "{");

        var outcome = await Callflow.RunAsync("format", file);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Output);
        Assert.StartsWith($"{file}: $: not valid JSON", outcome.Error);
    }
}
