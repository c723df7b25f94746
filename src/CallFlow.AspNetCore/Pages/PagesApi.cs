using CallFlow.Actions.Requests;
using CallFlow.AspNetCore.Apps;
using CallFlow.AspNetCore.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CallFlow.AspNetCore.Pages;

/// <summary>The page routes the platform requests during a call: <c>/apps/{app}/first|final|error|{page}</c>, by POST or GET.</summary>
public static class PagesApi
{
    /// <summary>The path every app's pages are served under: <c>/apps/{app}/{page}</c>.</summary>
    public const string Prefix = "/apps";

    /// <summary>Maps the page routes with page authentication applied once to the group.</summary>
    public static RouteGroupBuilder MapPages(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Prefix + "/{app}")
            .WithTags("Pages")
            .RequirePageAuth()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status404NotFound);

        MapPage(group, PageNames.First, "FirstPage", "Answer the first page of a call",
            "Requested when a call arrives or an outbound call is answered. Answers the app's first action list.");
        MapPage(group, PageNames.Final, "FinalPage", "Handle the final page of a call",
            "Always the last request of a call, once it is idle. Its answer cannot steer the call: 204 No Content.");
        MapPage(group, PageNames.Error, "ErrorPage", "Answer the error page of a call",
            "Requested when the platform could not use an answer. Answers an action list, usually an apology and hang up.");
        MapPage(group, null, "NextPage", "Answer a named next page",
            "The target of a next_page such as {\"url\": \"connected\"}; carries the finished action's action_result.");
        return group;
    }

    private static void MapPage(RouteGroupBuilder group, string? fixedPage, string name, string summary, string description)
    {
        var pattern = fixedPage is null ? "/{page}" : "/" + fixedPage;
        var handler = fixedPage is null ? AnswerNamedPage : AnswerFixedPage(fixedPage);
        group.MapPost(pattern, handler)
            .WithName("Post" + name)
            .WithSummary(summary)
            .WithDescription(description)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet(pattern, handler)
            .WithName("Get" + name)
            .WithSummary(summary + " (GET)")
            .WithDescription(description + " The page request is the JSON text of the instance_info query parameter.");
    }

    private static Delegate AnswerFixedPage(string page) =>
        (HttpContext http, string app, PageEndpoint endpoint) => endpoint.AnswerAsync(http, app, page);

    private static Task<Results<ActionsJson, NoContent, ProblemHttpResult>> AnswerNamedPage(HttpContext http, string app, string page, PageEndpoint endpoint) =>
        endpoint.AnswerAsync(http, app, page);
}
