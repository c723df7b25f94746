using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CallFlow.Cli.Tests.Support;

/// <summary>
/// A telephony app on a real Kestrel server on 127.0.0.1 (a free port), answering <c>/apps/fake/{page}</c> from the
/// handlers a test gives, and keeping every page request it receives. The final page answers <c>{}</c> unless told
/// otherwise; any other page nobody set up answers 404.
/// </summary>
public sealed class FakeApp : IAsyncDisposable
{
    private readonly WebApplication _server;
    private readonly ConcurrentDictionary<string, Func<ReceivedPage, CancellationToken, Task<FakeAnswer>>> _pages = new();
    private readonly ConcurrentQueue<ReceivedPage> _received = new();

    private FakeApp(WebApplication server) => _server = server;

    /// <summary>The app's base URL, as simulate's --url takes it.</summary>
    public Uri AppUrl => new(new Uri(_server.Urls.Single()), "/apps/fake/");

    /// <summary>The server's base URL, as replay's --url may take it.</summary>
    public Uri ServerUrl => new(_server.Urls.Single());

    /// <summary>Every page request received, in order.</summary>
    public IReadOnlyList<ReceivedPage> Received => _received.ToList();

    public static async Task<FakeApp> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = new FakeApp(builder.Build());
        app._server.MapMethods("/apps/fake/{page}", ["GET", "POST"], app.AnswerAsync);
        app.On("final", _ => FakeAnswer.Empty);
        await app._server.StartAsync();
        return app;
    }

    /// <summary>Answers <paramref name="page"/> with <paramref name="answer"/>.</summary>
    public FakeApp On(string page, Func<ReceivedPage, FakeAnswer> answer)
    {
        _pages[page] = (request, _) => Task.FromResult(answer(request));
        return this;
    }

    /// <summary>Answers <paramref name="page"/> with the given actions.</summary>
    public FakeApp On(string page, params Actions.Verbs.TelephonyAction[] actions) => On(page, _ => FakeAnswer.Actions(actions));

    /// <summary>Answers <paramref name="page"/> asynchronously (a page that never answers, say).</summary>
    public FakeApp On(string page, Func<ReceivedPage, CancellationToken, Task<FakeAnswer>> answer)
    {
        _pages[page] = answer;
        return this;
    }

    /// <summary>The requests received for <paramref name="page"/>, in order.</summary>
    public IReadOnlyList<ReceivedPage> ReceivedFor(string page) => Received.Where(request => request.Page == page).ToList();

    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync();
        await _server.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context, string page)
    {
        var text = context.Request.Method == "GET"
            ? context.Request.Query["instance_info"].ToString()
            : await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        // Read as the v2 platform sends it, the bare instance info: a simulator that wrapped it would fail every test here.
        using var document = JsonDocument.Parse(text);
        var received = new ReceivedPage(page, context.Request.Method, document.RootElement.Clone(), context.Request.Headers.Authorization.FirstOrDefault(), context.Request.ContentType);
        _received.Enqueue(received);

        if (!_pages.TryGetValue(page, out var handler))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var answer = await handler(received, context.RequestAborted);
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = answer.ContentType;
        await context.Response.WriteAsync(answer.Body, context.RequestAborted);
    }
}
