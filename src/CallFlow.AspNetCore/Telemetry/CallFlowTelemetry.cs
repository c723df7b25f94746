using CallFlow.Actions.Requests;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using CallFlow.AspNetCore.Apps;
using CallFlow.AspNetCore.Pages;

namespace CallFlow.AspNetCore.Telemetry;

/// <summary>
/// The <c>CallFlow</c> meter and activity source, and what CallFlow measures with them (docs/operations.md lists
/// every instrument). Labels take few values: an app name only once the app is known, a page kind instead of a page
/// name, a status class; never a phone number or a call id.
/// </summary>
public static class CallFlowTelemetry
{
    /// <summary>The name of CallFlow's meter and of its activity source.</summary>
    public const string Name = "CallFlow";

    /// <summary>The span tag holding the app name.</summary>
    public const string AppTag = "callflow.app";

    /// <summary>The span tag holding the page name.</summary>
    public const string PageTag = "callflow.page";

    /// <summary>The span tag holding <c>this_call.call_id</c>.</summary>
    public const string CallIdTag = "callflow.call_id";

    /// <summary>The span tag holding the platform web service a client span calls.</summary>
    public const string ServiceTag = "callflow.service";

    // The app label of a request naming no app CallFlow has: the URL's name could be anything.
    private const string UnknownApp = "unknown";

    private static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> PageDuration = Meter.CreateHistogram<double>(
        "callflow.page.duration", "s", "Time to answer a page request, by app, page kind, status class and outcome.");

    private static readonly Counter<long> Fallbacks = Meter.CreateCounter<long>(
        "callflow.page.fallbacks", "{page}", "Pages answered by the app's fallback, by app, page kind and reason.");

    private static readonly Counter<long> Rejections = Meter.CreateCounter<long>(
        "callflow.page.rejections", "{request}", "Page requests refused before the app ran, by status code.");

    private static readonly Histogram<double> CommitDuration = Meter.CreateHistogram<double>(
        "callflow.store.commit.duration", "s", "Time of one call store commit.");

    private static readonly Histogram<int> CommitBatchSize = Meter.CreateHistogram<int>(
        "callflow.store.commit.batch_size", "{exchange}", "Exchanges written by one call store commit.");

    // The queues of the live writers; the gauge adds them up when it is read, so queueing costs nothing more.
    private static readonly ConcurrentDictionary<object, Func<int>> Queues = new();

    private static readonly ObservableGauge<int> QueueDepth = Meter.CreateObservableGauge(
        "callflow.store.queue.depth", () => Queues.Values.Sum(depth => depth()), "{exchange}", "Exchanges waiting for a call store commit.");

    private static readonly Counter<long> StoreFailures = Meter.CreateCounter<long>(
        "callflow.store.failures", "{exchange}", "Answered pages the call store did not record, by reason (error or timeout).");

    private static readonly Counter<long> DialConnectRequests = Meter.CreateCounter<long>(
        "callflow.dial_connect.requests", "{request}", "Click-to-call submissions, by the status code answered.");

    private static readonly Histogram<double> PlatformCallDuration = Meter.CreateHistogram<double>(
        "callflow.platform.call.duration", "s", "Calls of the platform's web services, by service and result.");

    // The snake_case label of every value, made once: a label is read on every page.
    private static readonly string[] OutcomeLabels = SnakeCaseNames<PageOutcome>();
    private static readonly string[] ReasonLabels = SnakeCaseNames<FallbackReason>();

    /// <summary>Where CallFlow's own spans come from: the store commit and the platform's web services.</summary>
    internal static ActivitySource Source { get; } = new(Name);

    /// <summary>Counts one page request and its answer time; <paramref name="app"/> is null when no such app exists.</summary>
    internal static void RecordPage(string? app, string page, int statusCode, PageOutcome outcome, TimeSpan elapsed)
    {
        if (PageDuration.Enabled)
        {
            PageDuration.Record(elapsed.TotalSeconds, new TagList
            {
                { "app", app ?? UnknownApp },
                { "page_kind", PageKind(page) },
                { "status_class", StatusClass(statusCode) },
                { "outcome", Label(outcome) },
            });
        }
    }

    /// <summary>Counts one page answered by its fallback.</summary>
    internal static void RecordFallback(string app, string page, FallbackReason reason) =>
        Fallbacks.Add(1, new TagList { { "app", app }, { "page_kind", PageKind(page) }, { "reason", Label(reason) } });

    /// <summary>Counts one page request refused before its app ran.</summary>
    internal static void RecordRejection(int statusCode) => Rejections.Add(1, new KeyValuePair<string, object?>("status", statusCode));

    /// <summary>Measures one call store commit.</summary>
    internal static void RecordCommit(TimeSpan elapsed, int batchSize)
    {
        CommitDuration.Record(elapsed.TotalSeconds);
        CommitBatchSize.Record(batchSize);
    }

    /// <summary>Counts <paramref name="depth"/> in the queue depth gauge until the answer is disposed.</summary>
    internal static IDisposable ObserveQueue(Func<int> depth)
    {
        var key = new object();
        Queues[key] = depth;
        return new QueueObservation(key);
    }

    /// <summary>Counts one answered page the store did not record (<c>error</c> or <c>timeout</c>).</summary>
    internal static void RecordStoreFailure(string reason) => StoreFailures.Add(1, new KeyValuePair<string, object?>("reason", reason));

    /// <summary>Counts one click-to-call submission by the status it was answered.</summary>
    internal static void RecordDialConnectRequest(int statusCode) =>
        DialConnectRequests.Add(1, new KeyValuePair<string, object?>("status", statusCode));

    /// <summary>Measures one call of a platform web service; <paramref name="result"/> is <c>ok</c>, <c>refused</c> or <c>unreachable</c>.</summary>
    internal static void RecordPlatformCall(string service, string result, TimeSpan elapsed) =>
        PlatformCallDuration.Record(elapsed.TotalSeconds, new TagList { { "service", service }, { "result", result } });

    /// <summary>The outcome as metrics and the log line name it: <c>answered</c>, <c>fallback</c>, <c>notification</c>, <c>rejected</c>.</summary>
    internal static string Label(PageOutcome outcome) => OutcomeLabels[(int)outcome];

    /// <summary>The reason as metrics and the log line name it, e.g. <c>invalid_response</c>.</summary>
    internal static string Label(FallbackReason reason) => ReasonLabels[(int)reason];

    private static string PageKind(string page) => page is PageNames.First or PageNames.Final or PageNames.Error ? page : "next";

    private static string StatusClass(int statusCode) => statusCode switch
    {
        < 300 => "2xx",
        < 400 => "3xx",
        < 500 => "4xx",
        _ => "5xx",
    };

    private sealed class QueueObservation(object key) : IDisposable
    {
        public void Dispose() => Queues.TryRemove(key, out _);
    }

    private static string[] SnakeCaseNames<TEnum>()
        where TEnum : struct, Enum => Enum.GetNames<TEnum>().Select(JsonNamingPolicy.SnakeCaseLower.ConvertName).ToArray();
}
