using CallFlow.AspNetCore.Calls;
using CallFlow.AspNetCore.Security;
using CallFlow.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CallFlow.Server.Tests.Calls;

/// <summary>The server with its real call store (not the capturing one) and an admin API key.</summary>
public sealed class CallsApiFactory : CallFlowFactory
{
    public const string ApiKey = "test-admin-key-3f9c2b";

    public CallsApiFactory()
    {
        WithSettings((AdminApiKeyFilter.ConfigurationKey, ApiKey));
        WithServices(services => services.AddSingleton<ICallStore>(sp => sp.GetRequiredService<SqlCallStore>()));
    }

    /// <summary>The server's call history, to seed calls with.</summary>
    public SqlCallStore History => Services.GetRequiredService<SqlCallStore>();

    /// <summary>A client sending the admin API key.</summary>
    public HttpClient CreateAdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(AdminApiKeyFilter.HeaderName, ApiKey);
        return client;
    }
}
