using System.Text.Json;
using CallFlow.Actions.Serialization;
using CallFlow.AspNetCore.Apps;
using CallFlow.AspNetCore.Calls;
using CallFlow.AspNetCore.Declarative;
using CallFlow.AspNetCore.DialConnect;
using CallFlow.AspNetCore.Inspector.Components;
using CallFlow.AspNetCore.LiveCalls;
using CallFlow.AspNetCore.Pages;
using CallFlow.AspNetCore.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.Inspector;

/// <summary>The call inspector: web pages over the call history and the apps, rendered on the server.</summary>
public static class CallInspectorApi
{
    /// <summary>Where the inspector is mapped.</summary>
    public const string Root = "/inspector";

    /// <summary>
    /// Maps <c>/inspector</c>: the call list, one call, its interrupt form's target, its recording download, the apps and an app file's diagram,
    /// the sign-in page (when <c>CallFlow:Admin:ApiKey</c> is set) and the inspector's stylesheet and script. Needs
    /// <see cref="CallInspectorServiceCollectionExtensions.AddCallInspector"/>. Not in the OpenAPI document: these are pages.
    /// </summary>
    public static RouteGroupBuilder MapCallInspector(this IEndpointRouteBuilder endpoints)
    {
        var root = endpoints.MapGroup(Root).ExcludeFromDescription().AddEndpointFilter<InspectorHeadersFilter>();
        root.MapGet("/assets/{file}", InspectorAssets.Serve);
        root.MapGet("/sign-in", SignInPage);
        root.MapPost("/sign-in", SignInAsync);
        root.MapPost("/sign-out", SignOutAsync);

        var pages = root.MapGroup("").AddEndpointFilter<InspectorSignInFilter>();
        pages.MapGet("/", ListCallsAsync);
        pages.MapGet("/calls/{call_id}", ShowCallAsync);
        pages.MapPost("/calls/{call_id}/interrupt", InterruptCallAsync);
        pages.MapGet("/calls/{call_id}/recording", DownloadRecordingAsync);
        pages.MapGet("/apps", ListApps);
        pages.MapGet("/apps/{app}", ShowApp);
        return root;
    }

    private static RazorComponentResult<SignInView> SignInPage(HttpContext http, IAntiforgery antiforgery, InspectorSession session) =>
        new(SignInParameters(http, antiforgery, session, message: null));

    private static async Task<Results<RedirectHttpResult, RazorComponentResult<SignInView>, ProblemHttpResult>> SignInAsync(
        HttpContext http, IAntiforgery antiforgery, InspectorSession session, FailedAuthLimiter failures)
    {
        if (failures.RefuseIfBlocked(http) is { } tooMany)
        {
            return tooMany;
        }

        if (await InspectorForms.ReadAsync(http, antiforgery) is not { } form)
        {
            return BadForm();
        }

        if (!session.KeyRequired || session.TrySignIn(http, form["key"].ToString()))
        {
            return TypedResults.Redirect(InspectorLinks.For(http).Home);
        }

        failures.CountFailure(http);
        return new RazorComponentResult<SignInView>(SignInParameters(http, antiforgery, session, "That is not the admin API key (CallFlow:Admin:ApiKey)."))
        {
            StatusCode = StatusCodes.Status401Unauthorized,
        };
    }

    private static async Task<Results<RedirectHttpResult, ProblemHttpResult>> SignOutAsync(HttpContext http, IAntiforgery antiforgery, InspectorSession session)
    {
        if (await InspectorForms.ReadAsync(http, antiforgery) is null)
        {
            return BadForm();
        }

        session.SignOut(http);
        return TypedResults.Redirect(InspectorLinks.For(http).SignIn);
    }

    private static async Task<RazorComponentResult<CallListView>> ListCallsAsync(
        [AsParameters] CallListArguments arguments, HttpContext http, IAntiforgery antiforgery, InspectorSession session,
        ICallHistory history, AppRegistry apps, CancellationToken cancellationToken)
    {
        // The filter form sends its empty fields too: an empty field is no filter.
        var filled = arguments.WithoutEmptyFields();
        var query = CallListParameters.Read(filled, out var errors);
        var page = query is null ? null : await history.ListCallsAsync(query, cancellationToken);
        var parameters = Frame(http, antiforgery, session);
        parameters[nameof(CallListView.Calls)] = page;
        parameters[nameof(CallListView.Errors)] = errors;
        parameters[nameof(CallListView.AppNames)] = apps.AppNames.ToList();
        parameters[nameof(CallListView.Filters)] = filled.Filters;
        parameters[nameof(CallListView.IsNewest)] = filled.Cursor is null;
        parameters[nameof(CallListView.OutcomeNames)] = CallListParameters.OutcomeNames;
        return new RazorComponentResult<CallListView>(parameters)
        {
            StatusCode = query is null ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
        };
    }

    private static async Task<RazorComponentResult<CallView>> ShowCallAsync(
        [FromRoute(Name = "call_id")] string callId, HttpContext http, IAntiforgery antiforgery, InspectorSession session, ICallHistory history,
        AppRegistry apps, IOptions<PageAuthOptions> pageAuth, CancellationToken cancellationToken) =>
        await CallPageAsync(callId, await history.FindCallAsync(callId, cancellationToken), interrupt: null, http, antiforgery, session, apps, pageAuth, cancellationToken);

    // The interrupt form's target: the same interrupt as the admin API's, of the instance the call's latest page came from.
    private static async Task<Results<RazorComponentResult<CallView>, ProblemHttpResult>> InterruptCallAsync(
        [FromRoute(Name = "call_id")] string callId, HttpContext http, IAntiforgery antiforgery, InspectorSession session, ICallHistory history,
        AppRegistry apps, IOptions<PageAuthOptions> pageAuth, CancellationToken cancellationToken)
    {
        if (await InspectorForms.ReadAsync(http, antiforgery) is not { } form)
        {
            return BadForm();
        }

        var call = await history.FindCallAsync(callId, cancellationToken);
        InterruptOutcome? interrupt = null;
        if (call is not null)
        {
            if (LiveCall.InstanceOf(call) is { } instance)
            {
                var page = form[InterruptRequestReader.RedirectPageKey].ToString();
                // The admin API's body: a page name is a url relative to the call's app, escaped as the page's path segment.
                byte[] body = page.Length == 0
                    ? []
                    : JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { [InterruptRequestReader.RedirectPageKey] = Uri.EscapeDataString(page) });
                interrupt = InterruptOutcome.Of((await LiveCallInterrupt.SendAsync(http.Request, instance, body, cancellationToken)).Result);
                call = await history.FindCallAsync(callId, cancellationToken);
            }
            else
            {
                interrupt = InterruptOutcome.Ended;
            }
        }

        return await CallPageAsync(callId, call, interrupt, http, antiforgery, session, apps, pageAuth, cancellationToken);
    }

    private static async Task<RazorComponentResult<CallView>> CallPageAsync(
        string callId, CallHistory? call, InterruptOutcome? interrupt, HttpContext http, IAntiforgery antiforgery, InspectorSession session,
        AppRegistry apps, IOptions<PageAuthOptions> pageAuth, CancellationToken cancellationToken)
    {
        var parameters = Frame(http, antiforgery, session);
        parameters[nameof(CallView.CallId)] = callId;
        parameters[nameof(CallView.Call)] = call;
        parameters[nameof(CallView.StartedBy)] = call is null ? null : await ClickToCallOfAsync(call, http.RequestServices, cancellationToken);
        parameters[nameof(CallView.ServerRoot)] = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        parameters[nameof(CallView.PageUsername)] = pageAuth.Value.Enabled ? pageAuth.Value.Username ?? "" : null;
        parameters[nameof(CallView.FormToken)] = antiforgery.GetAndStoreTokens(http);
        parameters[nameof(CallView.RedirectPageField)] = InterruptRequestReader.RedirectPageKey;
        parameters[nameof(CallView.RedirectPages)] = call is not null && apps.TryGet(call.Call.App, out var app) && app is DeclarativeApp declarative
            ? declarative.File.Pages.Keys.ToList()
            : null;
        parameters[nameof(CallView.Interrupt)] = interrupt;
        return new RazorComponentResult<CallView>(parameters)
        {
            StatusCode = call is null ? StatusCodes.Status404NotFound : interrupt?.StatusCode ?? StatusCodes.Status200OK,
        };
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadRecordingAsync(
        [FromRoute(Name = "call_id")] string callId, ICallHistory history, CancellationToken cancellationToken)
    {
        var call = await history.FindCallAsync(callId, cancellationToken);
        if (call is null)
        {
            return CallsApi.UnknownCall(callId);
        }

        // The same document as GET /api/calls/{call_id}/recording, saved under a name callflow replay can be given.
        var recording = JsonSerializer.SerializeToUtf8Bytes(CallRecordings.From(call), CallFlowJson.Indented);
        return TypedResults.File(recording, "application/json", RecordingFileName(callId));
    }

    private static RazorComponentResult<AppListView> ListApps(HttpContext http, IAntiforgery antiforgery, InspectorSession session, AppRegistry apps)
    {
        var parameters = Frame(http, antiforgery, session);
        parameters[nameof(AppListView.Apps)] = apps.AppNames
            .Select(name => KeyValuePair.Create(name, apps.TryGet(name, out var app) && app is DeclarativeApp))
            .ToList();
        return new RazorComponentResult<AppListView>(parameters);
    }

    private static RazorComponentResult<AppView> ShowApp(string app, HttpContext http, IAntiforgery antiforgery, InspectorSession session, AppRegistry apps)
    {
        var known = apps.TryGet(app, out var found);
        var parameters = Frame(http, antiforgery, session);
        parameters[nameof(AppView.Name)] = app;
        parameters[nameof(AppView.Exists)] = known;
        parameters[nameof(AppView.File)] = known && found is DeclarativeApp declarative ? declarative.File : null;
        return new RazorComponentResult<AppView>(parameters)
        {
            StatusCode = known ? StatusCodes.Status200OK : StatusCodes.Status404NotFound,
        };
    }

    // The click-to-call request a dial-connect call was started for, found as its pages find it: by token, else by instance.
    private static async Task<DialConnectRequest?> ClickToCallOfAsync(CallHistory call, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (call.Call.App != DialConnectPages.AppName || call.Exchanges.Count == 0
            || services.GetService<DialConnectStore>() is not { } store || services.GetService<TokenSigner>() is not { } signer)
        {
            return null;
        }

        var first = call.Exchanges[0];
        var info = InspectedExchange.InstanceInfo(JsonText.Parse(first.Request, out _));
        var signed = info is { ValueKind: JsonValueKind.Object } found && found.TryGetProperty("token", out var token) && token.ValueKind == JsonValueKind.String
            ? token.GetString()
            : null;
        return signer.TryVerify(signed, out var requestId)
            ? await store.FindForPageAsync(requestId, first.ApplicationInstanceId, cancellationToken)
            : null;
    }

    // The parameters every view but sign-in takes under the same names (written here with CallListView's).
    private static Dictionary<string, object?> Frame(HttpContext http, IAntiforgery antiforgery, InspectorSession session) => new()
    {
        [nameof(CallListView.Links)] = InspectorLinks.For(http),
        // Only a signed-in browser has a session to end.
        [nameof(CallListView.SignOutToken)] = session.KeyRequired ? antiforgery.GetAndStoreTokens(http) : null,
    };

    private static Dictionary<string, object?> SignInParameters(HttpContext http, IAntiforgery antiforgery, InspectorSession session, string? message) => new()
    {
        [nameof(SignInView.Links)] = InspectorLinks.For(http),
        [nameof(SignInView.Token)] = antiforgery.GetAndStoreTokens(http),
        [nameof(SignInView.KeyRequired)] = session.KeyRequired,
        [nameof(SignInView.Message)] = message,
    };

    // A call id is the platform's, so only its safe characters go into the file name.
    private static string RecordingFileName(string callId) =>
        "call-" + new string(callId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').Take(80).ToArray()) + ".json";

    private static ProblemHttpResult BadForm() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "The form is not valid.",
            detail: "Send the form from the inspector's own page: it must be a small form carrying the page's antiforgery token.");
}
