using System.Text.Json;
using System.Text.Json.Nodes;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Serialization;
using CallFlow.AspNetCore.Apps;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CallFlow.AspNetCore.OpenApi;

/// <summary>
/// Documents the page request of every operation that answers an action list. The page handlers read their body
/// themselves (so bad input gets our problem details, not routing's bare 415), which leaves the generator nothing to
/// describe: the JSON and form bodies of a POST and the <c>instance_info</c> query parameter of a GET are added here,
/// with realistic examples and the <see cref="OpenApiExampleApp"/>'s real answers to them.
/// </summary>
internal sealed class PageOperationTransformer : IOpenApiOperationTransformer
{
    private const string Field = "instance_info";
    private const string JsonContentType = "application/json";
    private const string FormContentType = "application/x-www-form-urlencoded";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        if (!description.SupportedResponseTypes.Any(r => r.Type == typeof(ActionsResponse)))
        {
            return;
        }

        var exampleApp = context.ApplicationServices.GetService<OpenApiExampleApp>();
        var (example, page) = ExampleFor(description, exampleApp);
        DescribeRouteParameters(operation, exampleApp);
        if (HttpMethods.IsPost(description.HttpMethod ?? ""))
        {
            var schemas = new WireSchemas(context.Document!, (type, token) => context.GetOrCreateSchemaAsync(type, null, token));
            operation.RequestBody = await RequestBodyAsync(schemas, example, cancellationToken);
        }
        else
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(QueryParameter(example));
        }

        if (exampleApp is not null && page is not null && page != PageNames.Final)
        {
            await AddAnswerExampleAsync(operation, example, exampleApp.App, page, context.ApplicationServices, cancellationToken);
        }
    }

    // Each page shows the same call at its own moment: a named next page the one after the example app's connect.
    // Without a named example app there is no next page to name.
    private static (PageExample Example, string? Page) ExampleFor(ApiDescription description, OpenApiExampleApp? exampleApp) =>
        description.ParameterDescriptions.Any(p => p.Name == "page") ? (PageExample.AfterConnect, exampleApp?.NextPage)
        : description.RelativePath?[(description.RelativePath.LastIndexOf('/') + 1)..] switch
        {
            PageNames.Final => (PageExample.FinalPage, PageNames.Final),
            PageNames.Error => (PageExample.ErrorPage, PageNames.Error),
            _ => (PageExample.InboundFirstPage, PageNames.First),
        };

    private static void DescribeRouteParameters(OpenApiOperation operation, OpenApiExampleApp? exampleApp)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            (parameter.Description, parameter.Example) = parameter.Name switch
            {
                "app" => ("The app's name: a code-first app's registered name, or a declarative app file's name.", ExampleValue(exampleApp?.App)),
                "page" => ("A next page of the app, as named by a next_page such as {\"url\": \"connected\"}.", ExampleValue(exampleApp?.NextPage)),
                _ => (parameter.Description, parameter.Example),
            };
        }
    }

    private static JsonNode? ExampleValue(string? value) => value is null ? null : JsonValue.Create(value);

    private static async Task<OpenApiRequestBody> RequestBodyAsync(WireSchemas schemas, PageExample example, CancellationToken cancellationToken)
    {
        // Registering PageRequest registers InstanceInfo as its property's component too.
        var wrapped = await schemas.ComponentAsync(typeof(PageRequest), cancellationToken);
        var bare = await schemas.ComponentAsync(typeof(InstanceInfo), cancellationToken);
        var json = new OpenApiMediaType
        {
            Schema = new OpenApiSchema
            {
                Description = "The bare instance_info object, as the platform posts it, or the wrapped form {\"instance_info\": {...}}. JSON is read whatever the content type says.",
                AnyOf = [bare, wrapped],
            },
        };
        var form = new OpenApiMediaType
        {
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string>(StringComparer.Ordinal) { Field },
                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                {
                    [Field] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The instance_info object as JSON text." },
                },
            },
        };
        json.Examples = new Dictionary<string, IOpenApiExample>(StringComparer.Ordinal)
        {
            [example.Name] = new OpenApiExample { Summary = example.Summary, Value = example.InstanceInfo() },
            [example.Name + "_wrapped"] = new OpenApiExample { Summary = example.Summary + " (wrapped in instance_info)", Value = example.Wrapped() },
        };
        form.Examples = new Dictionary<string, IOpenApiExample>(StringComparer.Ordinal)
        {
            [example.Name] = new OpenApiExample { Summary = example.Summary, Value = new JsonObject { [Field] = example.InstanceInfo().ToJsonString() } },
        };

        return new OpenApiRequestBody
        {
            Required = true,
            Description = "The page request. Bodies over CallFlow:Pages:MaxBodyBytes (64 KiB) get 413; a body that is neither JSON nor a form with an instance_info field gets 415.",
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { [JsonContentType] = json, [FormContentType] = form },
        };
    }

    private static OpenApiParameter QueryParameter(PageExample example) => new()
    {
        Name = Field,
        In = ParameterLocation.Query,
        Required = true,
        Description = "The instance_info object as JSON text (URL-encoded).",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        Example = JsonValue.Create(example.InstanceInfo().ToJsonString()),
    };

    // The answer shown is the example app's real answer to the example, so the document cannot drift from the code.
    private static async Task AddAnswerExampleAsync(
        OpenApiOperation operation, PageExample example, string appName, string page, IServiceProvider services, CancellationToken cancellationToken)
    {
        var apps = services.GetRequiredService<AppRegistry>();
        if (!apps.TryGet(appName, out var app) || !app.HasPage(page)
            || operation.Responses?.TryGetValue("200", out var ok) is not true
            || ok.Content?.TryGetValue(JsonContentType, out var content) is not true || content is not OpenApiMediaType media)
        {
            return;
        }

        var answer = await app.AnswerAsync(new PageContext(appName, page, example.Parse(), services), cancellationToken);
        media.Examples ??= new Dictionary<string, IOpenApiExample>(StringComparer.Ordinal);
        media.Examples[example.Name] = new OpenApiExample
        {
            Summary = $"{appName}'s answer to {char.ToLowerInvariant(example.Summary[0])}{example.Summary[1..]}",
            Value = JsonSerializer.SerializeToNode(answer, CallFlowJsonContext.Default.ActionsResponse),
        };
    }
}
