using CallFlow.AspNetCore.Calls;
using CallFlow.AspNetCore.Storage;
using CallFlow.Server.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace CallFlow.Server.Tests.Storage;

public sealed class StorageStartupTests
{
    [Fact]
    public async Task TheServerRefusesToStartWithAnUnknownProviderNamingTheKey()
    {
        await using var misconfigured = new CallFlowFactory().WithSettings(("CallFlow:Storage:Provider", "mysql"));

        var error = Assert.IsType<OptionsValidationException>(misconfigured.StartupFailure());

        Assert.Contains("CallFlow:Storage:Provider must be 'sqlite' or 'postgres' (got 'mysql')", error.Message);
    }

    [Fact]
    public async Task TheServerRefusesToStartOnADatabaseFromANewerCallFlow()
    {
        await using var server = new CallFlowFactory();
        await using (var newer = TestDatabase.Open(new StorageOptions { ConnectionString = $"Data Source={server.DatabaseFile}" }, new CallsSchema()))
        {
            await newer.EnsureMigratedAsync(CancellationToken.None);
            await using var connection = await newer.OpenConnectionAsync(CancellationToken.None);
            await using var bump = newer.CreateCommand(connection, "UPDATE callflow_schema SET version = 99 WHERE feature = 'calls'");
            await bump.ExecuteNonQueryAsync();
        }

        var error = Assert.IsType<StorageSchemaTooNewException>(server.StartupFailure());

        Assert.Equal((99, new CallsSchema().Migrations[^1].Version), (error.DatabaseVersion, error.KnownVersion));
    }
}
