using System.Reflection;
using Serilog.Core;
using Serilog.Events;

namespace CallFlow.AspNetCore.Hosting;

/// <summary>
/// A host that fails to start prints one block (what is wrong, where, how to fix it) and exits non-zero, instead of
/// the host's error log, an unhandled exception's stack trace and the reason twice.
/// </summary>
public static class StartupFailureReport
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    /// <summary>
    /// Keeps the host's own errors out of the log until the application has started (a failed start is then reported by
    /// <see cref="RunWithStartupFailureReport"/>); from then on the host logs as usual.
    /// </summary>
    public static WebApplicationBuilder AddStartupFailureReport(this WebApplicationBuilder builder)
    {
        var started = new StartedFlag();
        builder.Services.AddSingleton(started);
        // Serilog takes the logger factory's place (AddCallFlow), so its events are kept back by a filter of its own.
        builder.Services.AddSingleton<ILogEventFilter>(new HostErrorsBeforeStart(started));
        // Every rule gets the condition: a provider's own rule (Serilog adds one) would otherwise win over a general one.
        builder.Services.PostConfigure<LoggerFilterOptions>(options =>
        {
            var rules = options.Rules.Select(rule => new LoggerFilterRule(rule.ProviderName, rule.CategoryName, rule.LogLevel,
                (provider, category, level) => started.Allows(category) && (rule.Filter?.Invoke(provider, category, level) ?? true))).ToList();
            rules.Add(new LoggerFilterRule(null, null, null, (_, category, _) => started.Allows(category)));
            options.Rules.Clear();
            foreach (var rule in rules)
            {
                options.Rules.Add(rule);
            }
        });
        return builder;
    }

    /// <summary>
    /// Runs the application; when it fails to start, prints the block on the error output and returns 1, otherwise 0
    /// once it stops. A host run inside another process (a test's WebApplicationFactory) gets the exception as usual.
    /// </summary>
    public static int RunWithStartupFailureReport(this WebApplication app)
    {
        var started = app.Services.GetRequiredService<StartedFlag>();
        app.Lifetime.ApplicationStarted.Register(started.Set);
        // Asked before the start: a host that failed to start may have disposed the services the answer comes from.
        var ownProcess = IsOwnProcess(app);
        try
        {
            app.Run();
            return 0;
        }
        catch (Exception exception) when (!started.IsSet && ownProcess)
        {
            Console.Error.Write(StartupFailure.From(exception).Render());
            return 1;
        }
    }

    // The process was started for this app (dotnet run, dotnet App.dll), so its exit code and error output are the app's to give.
    private static bool IsOwnProcess(WebApplication app) => Assembly.GetEntryAssembly()?.GetName().Name == app.Environment.ApplicationName;

    private sealed class HostErrorsBeforeStart(StartedFlag started) : ILogEventFilter
    {
        public bool IsEnabled(LogEvent logEvent) =>
            started.Allows(logEvent.Properties.TryGetValue("SourceContext", out var source) && source is ScalarValue { Value: string category } ? category : null);
    }

    private sealed class StartedFlag
    {
        private volatile bool _isSet;

        public bool IsSet => _isSet;

        public void Set() => _isSet = true;

        // The host's own errors wait until the application has started: a failed start is reported as one block instead.
        public bool Allows(string? category) => _isSet || category != HostCategory;
    }
}
