using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Validation;
using CallFlow.Actions.Verbs;
using FluentValidation.Results;

namespace CallFlow.Bench.Micro;

/// <summary>
/// The wire-model work of one page request: the steps the server runs for every first page, each measured alone.
/// </summary>
[MemoryDiagnoser]
public class PageHotPathBenchmarks
{
    private byte[] _request = [];
    private PageRequest _pageRequest = null!;
    private ActionsResponse _response = new();

    [GlobalSetup]
    public void Setup()
    {
        using var stream = typeof(PageHotPathBenchmarks).Assembly.GetManifestResourceStream("first-page.json")
            ?? throw new InvalidOperationException("The embedded first-page.json is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        _request = copy.ToArray();
        _pageRequest = PageRequestReader.Read(_request);
        _response = ThreeActions();
    }

    /// <summary>The first page's instance_info read from its UTF-8 body, as <see cref="PageRequestReader"/> does for every request.</summary>
    [Benchmark]
    public PageRequest ParsePageRequest() => PageRequestReader.Read(_request);

    /// <summary>The check every parsed page request passes (instance_info.this_call.call_id is there).</summary>
    [Benchmark]
    public ValidationResult ValidatePageRequest() => PageRequestValidator.Instance.Validate(_pageRequest);

    /// <summary>A three-action answer built by an app and serialized to the UTF-8 body the server sends.</summary>
    [Benchmark]
    public byte[] BuildAndSerializeThreeActionResponse() =>
        JsonSerializer.SerializeToUtf8Bytes(ThreeActions(), CallFlowJsonContext.Default.ActionsResponse);

    /// <summary>The same answer serialized alone (already built), to separate building from writing.</summary>
    [Benchmark]
    public byte[] SerializeThreeActionResponse() =>
        JsonSerializer.SerializeToUtf8Bytes(_response, CallFlowJsonContext.Default.ActionsResponse);

    /// <summary>The check every answer passes before it is sent.</summary>
    [Benchmark]
    public ValidationResult ValidateThreeActionResponse() => ActionsResponseValidator.Instance.Validate(_response);

    private static ActionsResponse ThreeActions() => new(
        Play.SayText("Thank you for calling. Connecting you now."),
        new Connect(["441908273800", "441908273802"])
        {
            CallFrom = "441908273801",
            SecondsAnswerTimeout = 30,
            NextPage = "connected",
        },
        new HangUp());
}
