using System.Net;
using CallFlow.AspNetCore.Platform;

namespace CallFlow.Server.Tests.Platform;

public sealed class RestInterruptClientTests : IAsyncLifetime
{
    private FakePlatform _platform = null!;

    public async Task InitializeAsync() => _platform = await FakePlatform.StartAsync();

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    [Fact]
    public async Task AnInterruptSendsTheIdsJoinedBySlashWithItsRedirectAndAsksForJson()
    {
        _platform.RunInstance("a.1");
        _platform.RunInstance("b.2");

        await Client().InterruptAsync(["a.1", "b.2"], new Uri("https://callflow.example.com/apps/menu/goodbye"), "POST");

        var request = Assert.Single(_platform.Interrupts);
        Assert.Equal("a.1/b.2", request.Form["application_instance_ids"]);
        Assert.Equal("https://callflow.example.com/apps/menu/goodbye", request.Form["redirect_page"]);
        Assert.Equal("POST", request.Form["redirect_method"]);
        Assert.Equal("application/json", request.Accept);
    }

    [Fact]
    public async Task AnInterruptWithoutRedirectSendsNoRedirectFields()
    {
        _platform.RunInstance("a.1");

        await Client().InterruptAsync(["a.1"]);

        var form = Assert.Single(_platform.Interrupts).Form;
        Assert.False(form.ContainsKey("redirect_page"));
        Assert.False(form.ContainsKey("redirect_method"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EachDocumentedResultIsReadFromTheStringOrTheNewerObjectForm(bool objectForm)
    {
        _platform.InterruptAnswersObjects = objectForm;
        _platform.RunInstance("running.1");
        _platform.RunInstance("ended.2");
        _platform.FinishInstance("ended.2");

        var results = await Client().InterruptAsync(["running.1", "ended.2", "unknown.3"]);

        Assert.Equal(
            [("running.1", "interrupted", true), ("ended.2", "application already completed", false), ("unknown.3", "no such application", false)],
            results.Select(r => (r.Key, r.Value.Result, r.Value.WasInterrupted)));
        Assert.Equal(objectForm ? "play" : null, results["running.1"].InterruptedAction);
    }

    [Fact]
    public async Task ARefusalCarriesThePlatformsJsonErrorWithItsFourDigitCode()
    {
        _platform.FailNextWithError(HttpStatusCode.Unauthorized, "0402", "Authentication failed", "bad API access key");

        var refusal = await Assert.ThrowsAsync<PlatformException>(() => Client().InterruptAsync(["a.1"]));

        Assert.Equal(("0402", "Authentication failed", "bad API access key"), (refusal.Error!.Code, refusal.Error.Text, refusal.Error.Details));
        Assert.Equal("rest_interrupt answered 401: error 0402: Authentication failed (bad API access key)", refusal.Message);
    }

    [Fact]
    public async Task AnInterruptIsRetriedLikeServiceStartWhileThePlatformIsUnavailable()
    {
        _platform.RunInstance("a.1");
        _platform.FailNext(HttpStatusCode.ServiceUnavailable, times: 2);

        var results = await Client().InterruptAsync(["a.1"]);

        Assert.True(results["a.1"].WasInterrupted);
        Assert.Equal(3, _platform.Interrupts.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    public async Task AnIdThePlatformCouldNotTellApartIsRefusedBeforeSending(string id)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Client().InterruptAsync([id]));

        Assert.Empty(_platform.Requests);
    }

    private OutboundServiceClient Client() => OutboundServiceClient.Create(_platform.Options());
}
