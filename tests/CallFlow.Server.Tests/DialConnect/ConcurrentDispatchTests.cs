using CallFlow.AspNetCore.DialConnect;
using CallFlow.AspNetCore.Pages;
using CallFlow.AspNetCore.Platform;
using CallFlow.AspNetCore.Storage;
using CallFlow.Server.Tests.Infrastructure;
using CallFlow.Server.Tests.Platform;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Options = Microsoft.Extensions.Options.Options;

namespace CallFlow.Server.Tests.DialConnect;

/// <summary>Two server nodes sharing one database: every due request is started exactly once.</summary>
public sealed class ConcurrentDispatchTests : IAsyncLifetime
{
    private const int RequestCount = 200;
    private FakePlatform _platform = null!;

    public async Task InitializeAsync() => _platform = await FakePlatform.StartAsync();

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    [PostgresFact]
    public async Task TwoDispatchersOnOnePostgresStartEachDueRequestOnce()
    {
        await using var schema = await PostgresSchema.CreateAsync("dial_connect");
        await TwoNodesStartEachRequestOnceAsync(new StorageOptions { Provider = "postgres", ConnectionString = schema.ConnectionString });
    }

    [Fact]
    public async Task TwoDispatchersOnOneSqliteFileStartEachDueRequestOnce()
    {
        var folder = Directory.CreateTempSubdirectory("callflow-dispatch-").FullName;
        try
        {
            await TwoNodesStartEachRequestOnceAsync(new StorageOptions { Provider = "sqlite", ConnectionString = $"Data Source={Path.Combine(folder, "callflow.db")}" });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task TwoNodesStartEachRequestOnceAsync(StorageOptions storage)
    {
        var clock = new TestClock();
        await using var first = Node(storage);
        await using var second = Node(storage);
        var store = new DialConnectStore(first, clock);
        var ids = new List<string>();
        for (var i = 0; i < RequestCount; i++)
        {
            var request = DueRequest(i, clock.GetUtcNow());
            await store.InsertAsync(request, CancellationToken.None);
            ids.Add(request.RequestId);
        }

        await Task.WhenAll(DrainAsync(Dispatcher(first, clock)), DrainAsync(Dispatcher(second, clock)));

        Assert.Equal(RequestCount, _platform.StartedTokens.Count);
        Assert.Equal(ids.Order(), _platform.StartedTokens.Order());
        var dialing = await store.ListAsync(DialConnectStatus.Dialing, null, 1000, CancellationToken.None);
        Assert.Equal(RequestCount, dialing.Count);
        Assert.All(dialing, r => Assert.Equal(_platform.InstanceFor(r.RequestId), r.ApplicationInstanceId));
    }

    private static StorageDatabase Node(StorageOptions storage) =>
        new(storage, AppContext.BaseDirectory, [new DialConnectSchema()], NullLogger<StorageDatabase>.Instance);

    private DialConnectDispatcher Dispatcher(StorageDatabase database, TimeProvider clock) => new(
        new DialConnectStore(database, clock),
        OutboundServiceClient.Create(_platform.Options()),
        new TokenSigner(Options.Create(new TokenSigningOptions())),
        Options.Create(new DialConnectOptions { BatchSize = 15 }),
        Options.Create(_platform.Options()),
        clock,
        NullLogger<DialConnectDispatcher>.Instance);

    // A node keeps starting batches until it finds nothing due; the other node's claims are invisible to it (skipped).
    private static async Task DrainAsync(DialConnectDispatcher dispatcher)
    {
        while (await dispatcher.StartDueAsync(CancellationToken.None) > 0)
        {
        }
    }

    private static DialConnectRequest DueRequest(int index, DateTimeOffset now) => new()
    {
        RequestId = $"req-{index:D3}-{Guid.NewGuid():N}",
        Status = DialConnectStatus.Scheduled,
        PhoneNumber = $"1215701{index:D4}",
        DestPhoneNumber = "12127773456",
        CreatedAt = now,
        DueAt = now,
        UpdatedAt = now,
    };
}
