using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CallFlow.Actions.Media;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Recordings;
using CallFlow.AspNetCore.DialConnect;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.OpenApi;

public partial class OpenApiDocumentTests(CallFlowFactory factory) : IClassFixture<CallFlowFactory>
{
    private static readonly string[] PagePaths = ["/apps/{app}/first", "/apps/{app}/final", "/apps/{app}/error", "/apps/{app}/{page}"];

    [Fact]
    public async Task EveryPageRouteIsDocumentedForPostAndGet()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");

        Assert.All(PagePaths, path =>
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is missing");
            Assert.True(item.TryGetProperty("post", out _), $"POST {path} is missing");
            Assert.True(item.TryGetProperty("get", out _), $"GET {path} is missing");
        });
    }

    [Fact]
    public async Task PagePostsTakeABareOrWrappedJsonPageRequestOrAFormField()
    {
        var document = await DocumentAsync();

        Assert.All(PagePaths, path =>
        {
            var content = Operation(document, path, "post").GetProperty("requestBody").GetProperty("content");
            Assert.Equal(["application/json", "application/x-www-form-urlencoded"], content.EnumerateObject().Select(p => p.Name).Order());
            var json = content.GetProperty("application/json").GetProperty("schema").GetProperty("anyOf");
            Assert.Equal(["#/components/schemas/InstanceInfo", "#/components/schemas/PageRequest"], json.EnumerateArray().Select(Ref));
            var form = content.GetProperty("application/x-www-form-urlencoded").GetProperty("schema");
            Assert.Equal("string", form.GetProperty("properties").GetProperty("instance_info").GetProperty("type").GetString());
            Assert.Equal("instance_info", Assert.Single(form.GetProperty("required").EnumerateArray()).GetString());
        });
    }

    [Fact]
    public async Task PageGetsTakeInstanceInfoAsARequiredQueryParameter()
    {
        var document = await DocumentAsync();

        Assert.All(PagePaths, path =>
        {
            var query = Operation(document, path, "get").GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("in").GetString() == "query");
            Assert.Equal("instance_info", query.GetProperty("name").GetString());
            Assert.True(query.GetProperty("required").GetBoolean());
        });
    }

    [Fact]
    public async Task PagesAnswerAnActionListNoContentOrProblemDetails()
    {
        var document = await DocumentAsync();

        foreach (var path in PagePaths)
        {
            foreach (var method in new[] { "post", "get" })
            {
                var responses = Operation(document, path, method).GetProperty("responses");
                Assert.Equal("#/components/schemas/ActionsResponse", Ref(responses.GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema")));
                Assert.True(responses.TryGetProperty("204", out _));
                var problems = method == "post" ? new[] { "400", "401", "404", "413", "415", "429" } : ["400", "401", "404", "429"];
                Assert.All(problems, status => Assert.Equal("#/components/schemas/ProblemDetails",
                    Ref(responses.GetProperty(status).GetProperty("content").GetProperty("application/problem+json").GetProperty("schema"))));
            }
        }
    }

    [Fact]
    public async Task ActionListsHoldAOneOfOfEveryRegisteredActionAsAOneKeyObject()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");

        Assert.Equal("#/components/schemas/TelephonyAction", Ref(schemas.GetProperty("ActionsResponse").GetProperty("properties").GetProperty("actions").GetProperty("items")));
        var variants = schemas.GetProperty("TelephonyAction").GetProperty("oneOf").EnumerateArray().ToList();
        Assert.Equal(ActionRegistry.All.Select(d => d.Name), variants.Select(v => Assert.Single(v.GetProperty("required").EnumerateArray()).GetString()));
        Assert.All(ActionRegistry.All.Zip(variants), pair =>
        {
            var (descriptor, variant) = pair;
            Assert.False(variant.GetProperty("additionalProperties").GetBoolean());
            Assert.Equal("#/components/schemas/" + descriptor.ActionType.Name, Ref(variant.GetProperty("properties").GetProperty(descriptor.Name)));
            Assert.Equal("object", schemas.GetProperty(descriptor.ActionType.Name).GetProperty("type").GetString());
        });
    }

    [Fact]
    public async Task ActionSchemasAreSnakeCaseWithDescriptionsRequiredPropertiesAndPlatformDefaults()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");
        var connect = schemas.GetProperty("Connect");

        Assert.Equal("destinations", Assert.Single(connect.GetProperty("required").EnumerateArray()).GetString());
        var timeout = connect.GetProperty("properties").GetProperty("seconds_answer_timeout");
        Assert.Equal(30, timeout.GetProperty("default").GetInt32());
        Assert.StartsWith("`seconds_answer_timeout`: seconds to wait", timeout.GetProperty("description").GetString());
        Assert.Equal("POST", schemas.GetProperty("WebPageRequest").GetProperty("properties").GetProperty("method").GetProperty("default").GetString());
        Assert.All(schemas.EnumerateObject().Where(s => s.Value.TryGetProperty("properties", out _)), schema =>
            Assert.All(schema.Value.GetProperty("properties").EnumerateObject(), p => Assert.Matches("^[a-z0-9_]+$", p.Name)));
    }

    [Fact]
    public async Task PlayPropertiesAreOneKeyPlayObjects()
    {
        var connect = (await DocumentAsync()).GetProperty("components").GetProperty("schemas").GetProperty("Connect");

        var holdMedia = connect.GetProperty("properties").GetProperty("hold_media");
        Assert.Equal("play", Assert.Single(holdMedia.GetProperty("required").EnumerateArray()).GetString());
        Assert.Equal("#/components/schemas/Play", Ref(Assert.Single(holdMedia.GetProperty("properties").EnumerateObject()).Value));
        Assert.False(holdMedia.GetProperty("additionalProperties").GetBoolean());
        Assert.StartsWith("`hold_media`:", holdMedia.GetProperty("description").GetString());
    }

    [Fact]
    public async Task MediaItemsAreOneOfEveryMediaKind()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");
        var kinds = typeof(MediaItem).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(MediaItem))).Select(t => "#/components/schemas/" + t.Name).Order();

        Assert.Equal(kinds, schemas.GetProperty("MediaItem").GetProperty("oneOf").EnumerateArray().Select(Ref).Order());
        Assert.Equal("text_to_say", Assert.Single(schemas.GetProperty("TextToSay").GetProperty("required").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task MediaFilesAreAFileNameOrAWebPageRequest()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");

        var variants = schemas.GetProperty("MediaFile").GetProperty("oneOf").EnumerateArray().ToList();
        Assert.Equal("string", variants[0].GetProperty("type").GetString());
        Assert.Equal("#/components/schemas/WebPageRequest", Ref(variants[1]));
        Assert.Equal("#/components/schemas/MediaFile", Ref(schemas.GetProperty("SendFax").GetProperty("properties").GetProperty("fax_to_send")));
        Assert.Equal("fax_to_send", Assert.Single(schemas.GetProperty("SendFax").GetProperty("required").EnumerateArray()).GetString());
        Assert.Equal("#/components/schemas/Cipher", Ref(schemas.GetProperty("FileToPlay").GetProperty("properties").GetProperty("decryption_cipher")));
    }

    [Fact]
    public async Task ActionResultsAreOneOfByActionWithARawVariantForTheRest()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");

        var variants = schemas.GetProperty("ActionResult").GetProperty("oneOf").EnumerateArray().ToList();
        var typed = ActionRegistry.All.Where(d => d.ResultType is not null).ToList();
        Assert.Equal(typed.Select(d => d.Name), variants.SkipLast(1).Select(v => v.GetProperty("properties").GetProperty("action").GetProperty("const").GetString()));
        Assert.Equal(typed.Select(d => "#/components/schemas/" + d.ResultType!.Name), variants.SkipLast(1).Select(v => Ref(v.GetProperty("properties").GetProperty("result"))));
        Assert.Equal(typed.Select(d => d.Name), variants[^1].GetProperty("properties").GetProperty("action").GetProperty("not").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        var duration = schemas.GetProperty("ConnectResult").GetProperty("properties").GetProperty("seconds_connected_duration");
        Assert.Equal(["number", "string"], duration.GetProperty("type").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task DigitsAreOneCharacterKeypadStringsOrTheEmptyStringForNone()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");

        var endDigit = schemas.GetProperty("GetNumber").GetProperty("properties").GetProperty("end_digit");
        Assert.Equal(1, endDigit.GetProperty("maxLength").GetInt32());
        Assert.Equal("^[0123456789ABCD#*]?$", endDigit.GetProperty("pattern").GetString());
        Assert.Equal("#", endDigit.GetProperty("default").GetString());
        var digit = schemas.GetProperty("MenuOption").GetProperty("properties").GetProperty("digit");
        Assert.Equal("^[0123456789ABCD#*]$", digit.GetProperty("pattern").GetString());
    }

    [Fact]
    public async Task NoSchemaIsLeftEmpty()
    {
        var document = await DocumentAsync();
        var empty = new List<string>();

        foreach (var schema in document.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            FindEmptySchemas(schema.Value, schema.Name, empty);
        }

        foreach (var path in PagePaths)
        {
            FindEmptySchemas(Operation(document, path, "post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema"), path, empty);
        }

        Assert.Empty(empty);
    }

    [Fact]
    public async Task FirstPageShowsAnInboundCallAndSimpleConnectsAnswer()
    {
        var operation = Operation(await DocumentAsync(), "/apps/{app}/first", "post");

        var request = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("examples").GetProperty("inbound_first_page").GetProperty("value");
        Assert.Equal("in", request.GetProperty("this_call").GetProperty("call_direction").GetString());
        var answer = ResponseExample(operation, "inbound_first_page");
        Assert.Equal("connected", answer.GetProperty("actions")[1].GetProperty("connect").GetProperty("next_page").GetProperty("url").GetString());
    }

    [Fact]
    public async Task NextPageShowsTheDurationOfAConnectAsTheNumberTheV2PlatformSends()
    {
        var operation = Operation(await DocumentAsync(), "/apps/{app}/{page}", "post");

        var request = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("examples").GetProperty("next_page_after_connect").GetProperty("value");
        var result = request.GetProperty("action_result");
        Assert.False(result.TryGetProperty("interrupted", out _));
        Assert.Equal(47.3, result.GetProperty("result").GetProperty("seconds_connected_duration").GetDouble());
        Assert.Equal("You were connected for 47.3 seconds. Goodbye.",
            ResponseExample(operation, "next_page_after_connect").GetProperty("actions")[0].GetProperty("play").GetProperty("play_list")[0].GetProperty("text_to_say").GetString());
    }

    [Theory]
    [InlineData("/apps/{app}/first", "inbound_first_page", "first")]
    [InlineData("/apps/{app}/error", "error_page", "error")]
    [InlineData("/apps/{app}/{page}", "next_page_after_connect", "connected")]
    public async Task PostingAnExampleRequestGetsTheDocumentedAnswer(string path, string example, string page)
    {
        var operation = Operation(await DocumentAsync(), path, "post");
        var request = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("examples").GetProperty(example).GetProperty("value");

        var response = await factory.CreateClient().PostPageAsync("simple-connect", page, request.GetRawText(), "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(JsonTreeComparer.Compare(ResponseExample(operation, example), await response.ReadJsonAsync()));
    }

    [Fact]
    public async Task EveryPageOperationOffersARealisticExampleOfTheSameCallSoSwaggerUiInventsNone()
    {
        var document = await DocumentAsync();

        Assert.All(PagePaths, path =>
        {
            var json = Operation(document, path, "post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json");
            Assert.All(json.GetProperty("examples").EnumerateObject(), example => Assert.Equal("c-1a2b", CallIdOf(example.Value.GetProperty("value"))));
            var query = Operation(document, path, "get").GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "instance_info");
            Assert.Equal("c-1a2b", CallIdOf(JsonDocument.Parse(query.GetProperty("example").GetString()!).RootElement));
        });
    }

    [Fact]
    public async Task TryingTheFinalPagesDefaultExampleClosesTheExampleCall()
    {
        var document = await DocumentAsync();
        var final = Operation(document, "/apps/{app}/final", "post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("examples");

        var response = await factory.CreateClient().PostPageAsync("simple-connect", "final", final.EnumerateObject().First().Value.GetProperty("value").GetRawText(), "application/json");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains(await factory.RecordedExchangesAsync("c-1a2b"), exchange => exchange.Page == "final");
    }

    [Fact]
    public async Task PageRoutesRequireBasicAuthAndTheAdminApiTheApiKeyAndNothingElseRequiresEither()
    {
        var document = await DocumentAsync();

        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("basic", schemes.GetProperty("page_basic_auth").GetProperty("scheme").GetString());
        Assert.Equal("header", schemes.GetProperty("admin_api_key").GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", schemes.GetProperty("admin_api_key").GetProperty("name").GetString());
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var expected = path.Name.StartsWith("/apps/", StringComparison.Ordinal) ? "page_basic_auth"
                : path.Name.StartsWith("/api/", StringComparison.Ordinal) ? "admin_api_key"
                : null;
            foreach (var operation in path.Value.EnumerateObject())
            {
                var required = operation.Value.TryGetProperty("security", out var security)
                    ? security.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(s => s.Name)).ToList()
                    : [];
                Assert.Equal(expected is null ? [] : [expected], required);
            }
        }
    }

    [Fact]
    public async Task DescriptionsNameValuesAndWireNamesNotCSharp()
    {
        var document = await DocumentAsync();
        var descriptions = new List<string>();
        CollectDescriptions(document, descriptions);

        Assert.NotEmpty(descriptions);
        Assert.DoesNotContain(descriptions, d => RenderedCSharp().IsMatch(d));
        var memo = document.GetProperty("components").GetProperty("schemas").GetProperty("DialConnectSubmission").GetProperty("properties").GetProperty("memo");
        Assert.EndsWith($"at most {DialConnectSubmissionValidator.MaxMemoLength} characters.", memo.GetProperty("description").GetString());
        Assert.Contains("requests `next_page`", document.GetProperty("components").GetProperty("schemas").GetProperty("GetNumber").GetProperty("description").GetString());
    }

    [Fact]
    public async Task AdminApiParametersAreDescribedAndTheCallExampleIsThePageExamplesCall()
    {
        var document = await DocumentAsync();

        foreach (var path in new[] { "/api/calls", "/api/calls/{call_id}", "/api/calls/{call_id}/recording", "/api/dial-connect", "/api/dial-connect/{requestId}" })
        {
            foreach (var operation in document.GetProperty("paths").GetProperty(path).EnumerateObject().Where(o => o.Value.TryGetProperty("parameters", out _)))
            {
                Assert.All(operation.Value.GetProperty("parameters").EnumerateArray(), p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("description").GetString())));
            }
        }

        var callId = Operation(document, "/api/calls/{call_id}", "get").GetProperty("parameters")[0];
        Assert.Equal("c-1a2b", callId.GetProperty("example").GetString());
        var status = Operation(document, "/api/dial-connect", "get").GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "status");
        Assert.Contains("scheduled", status.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task EveryClickToCallExampleIsAValidSubmissionAndTheDefaultOneDialsNoOne()
    {
        var examples = Operation(await DocumentAsync(), "/api/dial-connect", "post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("examples").EnumerateObject().ToList();

        Assert.True(examples[0].Value.GetProperty("value").GetProperty("test").GetBoolean());
        Assert.All(examples, example =>
        {
            var (submission, problems) = DialConnectSubmissionReader.Read(Encoding.UTF8.GetBytes(example.Value.GetProperty("value").GetRawText()));
            Assert.Null(problems);
            Assert.True(new DialConnectSubmissionValidator().Validate(submission!).IsValid, example.Name);
        });
    }

    private async Task<JsonElement> DocumentAsync()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private static JsonElement Operation(JsonElement document, string path, string method) =>
        document.GetProperty("paths").GetProperty(path).GetProperty(method);

    private static JsonElement ResponseExample(JsonElement operation, string example) =>
        operation.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("examples").GetProperty(example).GetProperty("value");

    private static string? Ref(JsonElement schema) => schema.TryGetProperty("$ref", out var reference) ? reference.GetString() : null;

    private static string? CallIdOf(JsonElement request) =>
        (request.TryGetProperty("instance_info", out var wrapped) ? wrapped : request).GetProperty("this_call").GetProperty("call_id").GetString();

    private static void CollectDescriptions(JsonElement element, List<string> descriptions)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "description" && property.Value.ValueKind == JsonValueKind.String)
                {
                    descriptions.Add(property.Value.GetString()!);
                }

                CollectDescriptions(property.Value, descriptions);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CollectDescriptions(item, descriptions);
            }
        }
    }

    // How the XML comment support renders a reference to a member: "int DialConnectSubmissionValidator.MaxMemoLength", "string? ExchangeResponse.RequestText".
    [GeneratedRegex(@"\b(?:int|string|bool|[A-Z]\w*\?) [A-Z]\w*\.[A-Z]\w*")]
    private static partial Regex RenderedCSharp();

    // A schema says what it accepts by a type, a reference, a combination, an enum or a constant; anything else is {}.
    private static void FindEmptySchemas(JsonElement schema, string path, List<string> empty)
    {
        string[] shapes = ["type", "$ref", "oneOf", "anyOf", "allOf", "enum", "const", "not"];
        if (!shapes.Any(shape => schema.TryGetProperty(shape, out _)))
        {
            empty.Add(path);
        }

        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                FindEmptySchemas(property.Value, $"{path}.{property.Name}", empty);
            }
        }

        foreach (var child in new[] { "items", "not" }.Where(c => schema.TryGetProperty(c, out _)))
        {
            FindEmptySchemas(schema.GetProperty(child), $"{path}.{child}", empty);
        }

        foreach (var combination in new[] { "oneOf", "anyOf", "allOf" }.Where(c => schema.TryGetProperty(c, out _)))
        {
            var index = 0;
            foreach (var variant in schema.GetProperty(combination).EnumerateArray())
            {
                FindEmptySchemas(variant, $"{path}.{combination}[{index++}]", empty);
            }
        }
    }
}
