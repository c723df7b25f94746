using System.Diagnostics;
using System.Text;

namespace CallFlow.Server.Tests.Packaging;

/// <summary>
/// The <c>dotnet</c> command run as a user runs it in a folder of their own: with the test host's MSBuild and test
/// platform variables removed, so that a build started from inside <c>dotnet test</c> behaves as one started from a shell.
/// </summary>
internal static class DotnetCommand
{
    private static readonly TimeSpan CommandLimit = TimeSpan.FromMinutes(3);

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="folder"/>; fails the test when it fails.</summary>
    public static async Task<string> RunAsync(string folder, params string[] arguments)
    {
        using var process = Start(folder, arguments);
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = new CancellationTokenSource(CommandLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish within {CommandLimit.TotalMinutes} minutes:\n{Text(output)}");
        }

        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{Text(output)}");
        return Text(output);
    }

    /// <summary>Starts <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="folder"/>, its output redirected, and returns at once.</summary>
    public static Process Start(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(IsTestHostVariable).ToList())
        {
            start.Environment.Remove(name);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    private static bool IsTestHostVariable(string name) =>
        name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase);

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
