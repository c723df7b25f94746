using CallFlow.Actions.Requests;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Results;
using CallFlow.Actions.Verbs;
using CallFlow.AspNetCore.Apps;
using Microsoft.Extensions.DependencyInjection;
using Record = CallFlow.Actions.Verbs.Record;

namespace CallFlow.Server.Tests.Infrastructure;

/// <summary>Code-first apps that misbehave on purpose, to prove the platform still gets an answer.</summary>
public static class TestApps
{
    public static readonly ActionsResponse CustomFallback = new(Play.SayText("Custom apology."), new HangUp());

    public static IServiceCollection AddMisbehavingApps(this IServiceCollection services) => services
        .AddCallFlowApp("throws", app => app.MapFirst(() => Throw()))
        .AddCallFlowApp("slow", app => app
            .WithTimeout(TimeSpan.FromMilliseconds(200))
            .MapFirst(async (CancellationToken cancellationToken) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
                return new ActionsResponse(new HangUp());
            }))
        .AddCallFlowApp("invalid", app => app
            .WithFallback(CustomFallback)
            .MapFirst(() => new ActionsResponse(new Connect())))
        .AddCallFlowApp("conference-room", app => app
            .MapFirst((PageContext page) => new ActionsResponse(
                new ConnectToConference("Room " + page.Call.CallFrom![..5]) { NextPage = "left" }))
            .MapPage("left", () => new ActionsResponse(Play.SayText("You have left the conference."), new HangUp())))
        .AddCallFlowApp("final-recorder", app => app
            .MapFirst(() => new ActionsResponse(new HangUp()))
            .MapFinal((PageContext page, SeenPages seen) => seen.Add(page.Call.CallCause)))
        .AddCallFlowApp("notified", app => app
            .MapFirst((PageContext page, SeenPages seen) =>
            {
                seen.Add(page.HasCall ? page.Call.CallId : $"no this_call, instance {page.Instance.ApplicationInstanceId}");
                return new ActionsResponse(new HangUp());
            }))
        .AddCallFlowApp("async-pages", app => app
            .MapFirst(() => new ActionsResponse(new StartTranscription("transcripts"), new ReceiveFax("faxed") { ProgressPage = "fax-progress", FaxAvailablePage = "fax-ready" }))
            .MapPage("transcripts", (StartTranscriptionResult result, SeenPages seen) =>
                seen.Add($"transcript {result.Transcription![0].Alternatives![0].Text} final {result.Transcription[0].Final}"))
            .MapPage("fax-progress", (ActionProgress progress, SeenPages seen) => seen.Add($"fax {progress.Id} pages {progress.PagesReceived}"))
            .MapPage("recording-ready", (RecordResult result, SeenPages seen) => seen.Add($"recording {result.Filename}"))
            .MapPage("fax-ready", (ReceiveFaxResult result, SeenPages seen) => seen.Add($"fax file {result.Filename}"))
            .MapPage("broken-results", () => Throw())
            .MapPage("faxed", () => new ActionsResponse(new HangUp())))
        .AddCallFlowApp("every-action", app => app
            .MapFirst(() => new ActionsResponse(
                new Answer(), Play.SayText("Welcome."), new StartTranscription("transcripts") { EnableInterimResults = true }, new GetInput("spoken")))
            .MapPage("transcripts", () => new ActionsResponse())
            .MapPage("spoken", (GetInputResult input) => new ActionsResponse(
                Play.SayText("You said " + input.Input), new RunSpeechMenu().AddOption("fax", '1', "menu-chosen")))
            .MapPage("menu-chosen", () => new ActionsResponse(new GetNumber("numbered") { Prompt = Play.SayText("Your number?") }))
            .MapPage("numbered", () => new ActionsResponse(new RunMenu { Prompt = Play.SayText("Press 1.") }.AddOption('1', "keyed")))
            .MapPage("keyed", () => new ActionsResponse(new Record("recorded") { RecordingAvailablePage = "recording-ready" }))
            .MapPage("recording-ready", () => new ActionsResponse())
            .MapPage("recorded", () => new ActionsResponse(new SendFax("invoice.tif") { ProgressPage = "fax-progress", NextPage = "sent" }))
            .MapPage("fax-progress", () => new ActionsResponse())
            .MapPage("sent", () => new ActionsResponse(new ReceiveFax("faxed") { ProgressPage = "fax-progress", FaxAvailablePage = "fax-ready" }))
            .MapPage("fax-ready", () => new ActionsResponse())
            .MapPage("faxed", () => new ActionsResponse(new StopTranscription(), new Connect("441908273800") { NextPage = "connected" }))
            .MapPage("connected", () => new ActionsResponse(new ConnectToConference("Room 1") { NextPage = "conferenced" }))
            .MapPage("conferenced", () => new ActionsResponse(new Sleep(1), new Redirect("goodbye")))
            .MapPage("goodbye", () => new ActionsResponse(Play.SayText("Goodbye."), new HangUp())))
        .AddCallFlowApp("rejecting", app => app.MapFirst(() => new ActionsResponse(new Reject("busy"))));

    private static ActionsResponse Throw() => throw new InvalidOperationException("boom");

    /// <summary>What test apps saw on pages whose answer is never sent (final pages, notifications), so tests look here.</summary>
    public sealed class SeenPages
    {
        private readonly List<string?> _causes = [];

        public IReadOnlyList<string?> Values
        {
            get
            {
                lock (_causes)
                {
                    return _causes.ToList();
                }
            }
        }

        public void Add(string? cause)
        {
            lock (_causes)
            {
                _causes.Add(cause);
            }
        }
    }
}
