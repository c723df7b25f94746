using CallFlow.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CallFlow.Server.Tests.OpenApi;

public class SwaggerUiBrowserTests(KestrelCallFlowFactory server) : IClassFixture<KestrelCallFlowFactory>
{
    // The machine may be busy compiling: waiting is generous, and no assertion is about speed.
    private const float Patience = 60_000;

    private const string AdminKey = "swagger-ui-test-key";

    private static readonly string[] PageOperations =
        ["PostFirstPage", "GetFirstPage", "PostFinalPage", "GetFinalPage", "PostErrorPage", "GetErrorPage", "PostNextPage", "GetNextPage"];

    [Fact]
    public async Task SwaggerUiShowsThePageOperationsAndTryingSimpleConnectsFirstPageAnswersActionsAndRecordsTheExampleCall()
    {
        await using var chromium = await SystemChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        page.SetDefaultTimeout(Patience);

        await page.GotoAsync(new Uri(server.BaseAddress, "/swagger").ToString());
        foreach (var operation in PageOperations)
        {
            await Assertions.Expect(page.Locator($"#operations-Pages-{operation}")).ToBeVisibleAsync(new() { Timeout = Patience });
        }

        var firstPage = page.Locator("#operations-Pages-PostFirstPage");
        await firstPage.Locator(".opblock-summary").First.ClickAsync();
        await firstPage.GetByRole(AriaRole.Button, new() { Name = "Try it out" }).ClickAsync();
        await firstPage.Locator("input[placeholder='app']").FillAsync("simple-connect");
        await Assertions.Expect(firstPage.Locator("textarea.body-param__text")).ToContainTextAsync("\"call_direction\": \"in\"");
        await firstPage.GetByRole(AriaRole.Button, new() { Name = "Execute" }).ClickAsync();

        var answer = firstPage.Locator(".live-responses-table .response");
        await Assertions.Expect(answer.Locator(".response-col_status")).ToContainTextAsync("200", new() { Timeout = Patience });
        await Assertions.Expect(answer.Locator(".response-col_description")).ToContainTextAsync("\"connect\"");
        await Assertions.Expect(answer.Locator(".response-col_description")).ToContainTextAsync("441908273800");
        // The calls API comes filled with the id of the call the page examples belong to, which the first page just recorded.
        var call = await TryItOutAsync(page, "#operations-Calls-GetCall");
        await Assertions.Expect(call.Locator(".live-responses-table .response .response-col_status")).ToContainTextAsync("200", new() { Timeout = Patience });
        await Assertions.Expect(call.Locator(".live-responses-table .response .response-col_description")).ToContainTextAsync("\"call_id\": \"c-1a2b\"");

        // Pictures for a person to look at: the whole page, and the answer Swagger UI shows.
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "callflow-swagger-try-it-out.png"), FullPage = true });
        await answer.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "callflow-swagger-answer.png") });
    }

    [Fact]
    public async Task InLocalModeTryingClickToCallsExamplesAnswers201ThenTheListAnswers200()
    {
        using var local = KestrelCallFlowFactory.Start(f => f.WithSettings(("CallFlow:DialConnect:Enabled", "true"), ("CallFlow:Platform:Mode", "local")));
        await using var chromium = await SystemChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        page.SetDefaultTimeout(Patience);
        await page.GotoAsync(new Uri(local.BaseAddress, "/swagger").ToString());

        var create = await TryItOutAsync(page, "#operations-Click-to-call-CreateDialConnect");
        await Assertions.Expect(create.Locator(".live-responses-table .response .response-col_status")).ToContainTextAsync("201", new() { Timeout = Patience });
        await Assertions.Expect(create.Locator(".live-responses-table .response .response-col_description")).ToContainTextAsync("\"status\": \"test\"");

        var list = await TryItOutAsync(page, "#operations-Click-to-call-ListDialConnect");
        await Assertions.Expect(list.Locator(".live-responses-table .response .response-col_status")).ToContainTextAsync("200", new() { Timeout = Patience });
    }

    [Fact]
    public async Task TheAuthorizeButtonTakesTheAdminApiKeyAndTryingTheCallListThenAnswers200()
    {
        using var guarded = KestrelCallFlowFactory.Start(f => f.WithSettings(("CallFlow:Admin:ApiKey", AdminKey)));
        await using var chromium = await SystemChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        page.SetDefaultTimeout(Patience);
        await page.GotoAsync(new Uri(guarded.BaseAddress, "/swagger").ToString());

        await page.Locator(".btn.authorize").First.ClickAsync();
        var dialog = page.Locator(".modal-ux");
        await Assertions.Expect(dialog).ToContainTextAsync("page_basic_auth");
        var apiKey = dialog.Locator(".auth-container").Filter(new() { HasText = "admin_api_key" });
        await apiKey.Locator("input").FillAsync(AdminKey);
        await apiKey.Locator("button.authorize").ClickAsync();
        await dialog.Locator("button.btn-done").First.ClickAsync();

        var listCalls = await TryItOutAsync(page, "#operations-Calls-ListCalls");

        await Assertions.Expect(listCalls.Locator(".live-responses-table .response .response-col_status")).ToContainTextAsync("200", new() { Timeout = Patience });
    }

    // Opens an operation, presses Try it out and Execute with the examples it comes filled with.
    private static async Task<ILocator> TryItOutAsync(IPage page, string operation)
    {
        var block = page.Locator(operation);
        await block.Locator(".opblock-summary").First.ClickAsync();
        await block.GetByRole(AriaRole.Button, new() { Name = "Try it out" }).ClickAsync();
        await block.GetByRole(AriaRole.Button, new() { Name = "Execute" }).ClickAsync();
        return block;
    }
}
