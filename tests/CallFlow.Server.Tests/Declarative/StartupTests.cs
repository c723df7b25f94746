using System.Net;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.Declarative;

public sealed class StartupTests : IDisposable
{
    private readonly AppFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TheServerDoesNotStartWithAnInvalidAppFile()
    {
        _folder.Write("greeting", AppFolder.Saying("Hello")).Write("reception", AppFolder.BadTime);
        using var factory = new CallFlowFactory().WithSettings(("CallFlow:AppsPath", _folder.Path));

        var failure = factory.StartupFailure();

        Assert.Contains($"{_folder.Path}/reception.json: pages.first[0].when.time: \"9-17\" is not HH:mm-HH:mm", failure.ToString());
    }

    [Fact]
    public void TheServerDoesNotStartWithoutItsAppsFolder()
    {
        using var factory = new CallFlowFactory().WithSettings(("CallFlow:AppsPath", Path.Combine(_folder.ContentRoot, "missing")));

        var failure = factory.StartupFailure();

        Assert.Contains("CallFlow:AppsPath: the folder of app files", failure.ToString());
    }

    [Fact]
    public async Task WithoutAnAppsFolderOrAppsPathTheServerStartsWithItsCodeFirstAppsOnly()
    {
        using var emptyRoot = new TemporaryFolder("no-apps");
        // The content root of a project of the user's own: no apps folder and no appsettings.json (so the sample's number is given here).
        using var factory = new CallFlowFactory().WithSettings(
            ("contentRoot", emptyRoot.FullName), ("CallFlow:Samples:SimpleConnect:Destinations:0", "441908273800"));
        var client = factory.CreateClient();

        using var codeFirst = await client.PostPageAsync("simple-connect", "first", PageRequests.Inbound());
        using var fileApp = await client.PostPageAsync("reception", "first", PageRequests.Inbound());

        Assert.Equal(HttpStatusCode.OK, codeFirst.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, fileApp.StatusCode);
    }

    [Fact]
    public async Task AnAppFileIsServedAtItsNameThroughThePageEndpoints()
    {
        _folder.Write("greeting", AppFolder.Saying("Hello"));
        using var factory = new CallFlowFactory().WithSettings(("CallFlow:AppsPath", _folder.Path));

        using var response = await factory.CreateClient().PostPageAsync("greeting", "first", PageRequests.Inbound());

        Assert.Equal("""{"actions":[{"play":{"play_list":[{"text_to_say":"Hello"}]}}],"api_version":"2.0"}""", await response.Content.ReadAsStringAsync());
    }
}
