using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CallFlow.Server.Tests.Infrastructure;

/// <summary>
/// The real server as a separate process (<c>dotnet CallFlow.Server.dll</c>, or another host of the library) on
/// 127.0.0.1 and a free port, with a content root of its own: for tests that must survive what an in-process server
/// cannot, such as a hard kill, and for hosts built outside this solution.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    // A bound on waiting for startup, so that a server that never comes up fails the test instead of hanging it.
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the server listens.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Everything the server wrote so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>A content root like the server's own (its shipped appsettings.json and apps/ folder), with no data folder yet.</summary>
    public static string CreateContentRoot()
    {
        var root = Directory.CreateTempSubdirectory("callflow-process-").FullName;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), Path.Combine(root, "appsettings.json"));
        var apps = Directory.CreateDirectory(Path.Combine(root, "apps"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "apps")))
        {
            File.Copy(file, Path.Combine(apps.FullName, Path.GetFileName(file)));
        }

        return root;
    }

    /// <summary>Starts the server on <paramref name="contentRoot"/> and returns once <c>/health</c> answers.</summary>
    public static Task<ServerProcess> StartAsync(string contentRoot, params string[] arguments) =>
        StartHostAsync(Path.Combine(AppContext.BaseDirectory, "CallFlow.Server.dll"), contentRoot, arguments);

    /// <summary>Starts the host <paramref name="assembly"/> on <paramref name="contentRoot"/> and returns once <c>/health</c> answers.</summary>
    public static async Task<ServerProcess> StartHostAsync(string assembly, string contentRoot, params string[] arguments)
    {
        var server = Launch(assembly, contentRoot, arguments);
        await server.WaitUntilHealthyAsync();
        return server;
    }

    /// <summary>Starts the server on <paramref name="contentRoot"/> expecting it to refuse to start, and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(string contentRoot, params string[] arguments)
    {
        await using var server = Launch(Path.Combine(AppContext.BaseDirectory, "CallFlow.Server.dll"), contentRoot, arguments);
        using var limit = new CancellationTokenSource(StartupLimit);
        await server._process.WaitForExitAsync(limit.Token);
        // The exit is seen before the last redirected lines are delivered; this waits for the end of both streams.
        await server._process.WaitForExitAsync(CancellationToken.None);
        return (server._process.ExitCode, server.Output);
    }

    private static ServerProcess Launch(string assembly, string contentRoot, string[] arguments)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[assembly, "--urls", baseAddress.ToString(), "--contentRoot", contentRoot, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var server = new ServerProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>The server process's working set now, in bytes.</summary>
    public long WorkingSetBytes
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    /// <summary>A client for this server.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>Kills the server at once, as SIGKILL does: no shutdown, no flush, nothing runs after it.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = CreateClient();
        var giveUp = DateTime.UtcNow + StartupLimit;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode} while starting:\n{Output}");
            }

            if (DateTime.UtcNow > giveUp)
            {
                throw new TimeoutException($"The server did not answer /health within {StartupLimit.TotalSeconds} s:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync("/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: try again shortly.
            }

            await Task.Delay(100);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
