using CallFlow.Actions.Requests;
using System.Net;
using System.Text;
using CallFlow.AspNetCore.Apps;
using CallFlow.AspNetCore.Calls;
using CallFlow.AspNetCore.Health;
using CallFlow.AspNetCore.OpenApi;
using CallFlow.AspNetCore.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CallFlow.AspNetCore.Home;

/// <summary>
/// <c>GET /</c>: a page of links for a person who opens the server in a browser (Swagger UI, the OpenAPI document,
/// health, the call history and the apps served). Not part of <see cref="CallFlowEndpointRouteBuilderExtensions.MapCallFlow"/>,
/// because <c>/</c> belongs to the host: a user's own app may already answer it.
/// </summary>
public static class HomePage
{
    /// <summary>Maps <c>GET /</c> to the link page.</summary>
    public static RouteHandlerBuilder MapCallFlowHomePage(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/", (AppRegistry apps) => Render(apps.AppNames)).ExcludeFromDescription();

    private static ContentHttpResult Render(IEnumerable<string> appNames)
    {
        var html = new StringBuilder("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>CallFlow</title></head><body>
            <h1>CallFlow</h1>
            <ul>
            """);
        Link(html, OpenApiExtensions.SwaggerUiPath, "Swagger UI: every route, with examples to try");
        Link(html, OpenApiExtensions.DocumentUrl, "The OpenAPI document");
        Link(html, HealthApi.Path, "Health");
        Link(html, CallsApi.Path, "The call history (admin API)");
        html.Append("</ul>\n<h2>Apps</h2>\n<p>The platform requests each app's first page by POST or GET.</p>\n<ul>\n");
        foreach (var name in appNames)
        {
            html.Append("<li><code>").Append(WebUtility.HtmlEncode($"{PagesApi.Prefix}/{name}/{PageNames.First}")).Append("</code></li>\n");
        }

        html.Append("</ul>\n</body></html>\n");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static void Link(StringBuilder html, string path, string text) =>
        html.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(path)).Append("\">").Append(WebUtility.HtmlEncode(text)).Append("</a></li>\n");
}
