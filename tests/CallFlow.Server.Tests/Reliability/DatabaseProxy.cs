using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CallFlow.Server.Tests.Reliability;

/// <summary>
/// A TCP proxy on 127.0.0.1 in front of the test PostgreSQL, so a test can take the database away from one server
/// without stopping it for the other tests: <see cref="Refuse"/> (connections refused, as when PostgreSQL is stopped),
/// <see cref="Hang"/> (connections accepted and never answered, as when the database host stops responding) and
/// <see cref="Forward"/> (back to normal). Changing mode cuts every open connection.
/// </summary>
public sealed class DatabaseProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly ConcurrentDictionary<TcpClient, byte> _open = new();
    private readonly CancellationTokenSource _stop = new();
    private TcpListener? _listener;
    private volatile bool _hang;

    public DatabaseProxy(string host, int port)
    {
        _target = new IPEndPoint(Dns.GetHostAddresses(host).First(a => a.AddressFamily == AddressFamily.InterNetwork), port);
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Forward();
    }

    /// <summary>The loopback port to connect to instead of the database's.</summary>
    public int Port { get; }

    public void Forward() => Listen(hang: false);

    public void Hang() => Listen(hang: true);

    public void Refuse()
    {
        _listener?.Stop();
        _listener = null;
        CutAll();
    }

    public ValueTask DisposeAsync()
    {
        _stop.Cancel();
        Refuse();
        _stop.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Listen(bool hang)
    {
        Refuse();
        _hang = hang;
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _ = AcceptAsync(_listener);
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException or OperationCanceledException)
            {
                return;
            }

            _open[client] = 0;
            if (!_hang)
            {
                _ = PipeAsync(client);
            }
        }
    }

    private async Task PipeAsync(TcpClient client)
    {
        using var server = new TcpClient();
        _open[server] = 0;
        try
        {
            await server.ConnectAsync(_target, _stop.Token);
            await Task.WhenAny(client.GetStream().CopyToAsync(server.GetStream(), _stop.Token), server.GetStream().CopyToAsync(client.GetStream(), _stop.Token));
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // A cut connection ends its pipe; the database client sees the connection drop, which is the point.
        }
        finally
        {
            _open.TryRemove(server, out _);
            _open.TryRemove(client, out _);
            client.Dispose();
        }
    }

    private void CutAll()
    {
        foreach (var connection in _open.Keys)
        {
            _open.TryRemove(connection, out _);
            // Closing with no linger time resets the connection, as a database that went away does; a pipe may have closed it already.
            connection.Client?.Close(0);
            connection.Dispose();
        }
    }
}
