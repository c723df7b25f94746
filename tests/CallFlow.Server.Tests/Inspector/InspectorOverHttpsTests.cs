using System.Net;
using CallFlow.AspNetCore.Inspector;
using CallFlow.AspNetCore.Security;
using CallFlow.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CallFlow.Server.Tests.Inspector;

public sealed class KeyedInspectorFactory : CallFlowFactory
{
    public KeyedInspectorFactory() => WithSettings((AdminApiKeyFilter.ConfigurationKey, InspectorServer.ApiKey));
}

public class InspectorOverHttpsTests(KeyedInspectorFactory factory) : IClassFixture<KeyedInspectorFactory>
{
    [Fact]
    public async Task OverHttpsTheSessionCookieIsSecure()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        using var signedIn = await client.PostAsync("/inspector/sign-in", await InspectorServer.SignInFormAsync(client, InspectorServer.ApiKey));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var session = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(InspectorSession.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", session, StringComparison.OrdinalIgnoreCase);
    }
}
