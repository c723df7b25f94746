using CallFlow.AspNetCore.Storage;

namespace CallFlow.Server.Tests.Storage;

public sealed class StorageOptionsValidatorTests
{
    [Theory]
    [InlineData("mysql", null, 30, "CallFlow:Storage:Provider must be 'sqlite' or 'postgres' (got 'mysql')")]
    [InlineData("postgres", null, 30, "CallFlow:Storage:ConnectionString is required when CallFlow:Storage:Provider is 'postgres'")]
    [InlineData("postgres", "Hots=db", 30, "CallFlow:Storage:ConnectionString is not a valid Postgres connection string")]
    [InlineData("sqlite", "Mode=ReadWrite", 30, "CallFlow:Storage:ConnectionString must name a file")]
    [InlineData("sqlite", null, -1, "CallFlow:Storage:RetentionDays must be a number of days")]
    public void EachBadSettingIsReportedByItsConfigurationKey(string provider, string? connectionString, int retentionDays, string expected)
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { Provider = provider, ConnectionString = connectionString, RetentionDays = retentionDays });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage);
    }

    [Fact]
    public void ASqliteSynchronousOtherThanNormalOrFullIsReportedByItsConfigurationKey()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { SqliteSynchronous = "off" });

        Assert.True(result.Failed);
        Assert.Contains("CallFlow:Storage:SqliteSynchronous must be 'normal' or 'full' (got 'off')", result.FailureMessage);
    }

    [Fact]
    public void AWriteAheadLogLimitUnderSixteenMegabytesIsReportedByItsConfigurationKey()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { SqliteMaxLogMegabytes = 4 });

        Assert.True(result.Failed);
        Assert.Contains("CallFlow:Storage:SqliteMaxLogMegabytes must be at least 16 (got 4)", result.FailureMessage);
    }

    [Theory]
    [InlineData("sqlite", null)]
    [InlineData("SQLite", "Data Source=history/calls.db")]
    [InlineData("postgres", "Host=db;Username=callflow;Database=callflow")]
    public void WorkableSettingsPass(string provider, string? connectionString)
    {
        Assert.True(new StorageOptionsValidator().Validate(null, new StorageOptions { Provider = provider, ConnectionString = connectionString }).Succeeded);
    }
}
