using System.Collections.Frozen;
using System.Security.Cryptography;
using CallFlow.Actions.AppFiles;
using CallFlow.AspNetCore.Apps;
using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.Declarative;

/// <summary>
/// Serves every <c>*.json</c> file of <c>CallFlow:AppsPath</c> as an app named after the file. All files are read at
/// startup and any problem stops it; afterwards files are watched and reloaded without a restart. A new version with
/// problems is refused and logged, and the previous version keeps serving; a deleted file's app stops being served.
/// </summary>
public sealed partial class AppFileProvider : IAppProvider, IHostedService, IDisposable
{
    // Editors write a file in several steps (truncate, write, rename): wait for the burst to end before reading.
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan RetryAfterReadFailure = TimeSpan.FromSeconds(1);

    private readonly string _folder;
    private readonly string _displayFolder;
    private readonly bool _folderExists;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private readonly HashSet<string> _codeFirstNames;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, byte[]> _seen = new(StringComparer.Ordinal);
    private readonly Timer _reloadTimer;
    // Swapped whole by the reload thread and read by request threads without a lock.
    private volatile FrozenDictionary<string, DeclarativeApp> _apps = FrozenDictionary<string, DeclarativeApp>.Empty;
    private FileSystemWatcher? _watcher;

    /// <summary>Reads every app file; throws <see cref="AppFilesInvalidException"/>, one line per problem, when any is invalid.</summary>
    public AppFileProvider(
        IOptions<DeclarativeAppsOptions> options,
        IHostEnvironment environment,
        TimeProvider time,
        IEnumerable<ICallFlowApp> codeFirstApps,
        ILoggerFactory loggers)
    {
        _displayFolder = options.Value.AppsPath ?? DeclarativeAppsOptions.DefaultAppsPath;
        _folder = Path.GetFullPath(_displayFolder, environment.ContentRootPath);
        _time = time;
        _loggers = loggers;
        _logger = loggers.CreateLogger<AppFileProvider>();
        _codeFirstNames = codeFirstApps.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        _reloadTimer = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        _folderExists = Directory.Exists(_folder);
        if (!_folderExists && options.Value.AppsPath is null)
        {
            return;
        }

        if (!_folderExists)
        {
            throw new AppFilesInvalidException(_folder, $"CallFlow:AppsPath: the folder of app files {_folder} does not exist; create it or set CallFlow:AppsPath to an existing folder.");
        }

        var problems = LoadAll();
        if (problems.Count > 0)
        {
            throw new AppFilesInvalidException(_folder,
                $"The app files in {_folder} have problems; fix them and start again:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        }
    }

    /// <inheritdoc />
    public IEnumerable<string> AppNames => _apps.Keys;

    /// <inheritdoc />
    public bool TryGet(string name, out ICallFlowApp app)
    {
        var found = _apps.TryGetValue(name, out var fileApp);
        app = fileApp!;
        return found;
    }

    /// <summary>Starts watching the folder for changes.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!_folderExists)
        {
            LogNoFolder(_folder);
            return Task.CompletedTask;
        }

        _watcher = new FileSystemWatcher(_folder, "*.json")
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            IncludeSubdirectories = false,
        };
        _watcher.Created += OnChanged;
        _watcher.Changed += OnChanged;
        _watcher.Deleted += OnChanged;
        _watcher.Renamed += OnChanged;
        _watcher.Error += OnWatcherError;
        _watcher.EnableRaisingEvents = true;
        LogWatching(_folder, _apps.Count);
        return Task.CompletedTask;
    }

    /// <summary>Stops watching; the apps loaded keep serving until the host stops.</summary>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _watcher = null;
        _reloadTimer.Change(Timeout.Infinite, Timeout.Infinite);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _watcher?.Dispose();
        _reloadTimer.Dispose();
    }

    private void OnChanged(object sender, FileSystemEventArgs e) => _reloadTimer.Change(Debounce, Timeout.InfiniteTimeSpan);

    private void OnWatcherError(object sender, ErrorEventArgs e)
    {
        // The watcher's buffer overflowed or the folder went away: events may be lost, so read the whole folder again.
        LogWatcherError(e.GetException(), _folder);
        _reloadTimer.Change(Debounce, Timeout.InfiniteTimeSpan);
    }

    private List<AppFileProblem> LoadAll()
    {
        var problems = new List<AppFileProblem>();
        var apps = new Dictionary<string, DeclarativeApp>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(_folder, "*.json").Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(path);
            _seen[path] = SHA256.HashData(bytes);
            var result = Read(path, bytes);
            problems.AddRange(result.Problems);
            if (result.File is { } file)
            {
                apps[file.Name] = CreateApp(file);
            }
        }

        _apps = apps.ToFrozenDictionary(StringComparer.Ordinal);
        return problems;
    }

    private void Reload()
    {
        try
        {
            ReloadFolder();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The folder itself could not be listed (removed, renamed, no permission): keep serving what is loaded.
            LogFolderUnreadable(exception, _folder, RetryAfterReadFailure.TotalSeconds);
            _reloadTimer.Change(RetryAfterReadFailure, Timeout.InfiniteTimeSpan);
        }
    }

    private void ReloadFolder()
    {
        lock (_gate)
        {
            var apps = _apps.ToDictionary(StringComparer.Ordinal);
            var present = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in Directory.EnumerateFiles(_folder, "*.json"))
            {
                present.Add(path);
                ReloadFile(path, apps);
            }

            foreach (var gone in _seen.Keys.Where(p => !present.Contains(p)).ToList())
            {
                _seen.Remove(gone);
                if (apps.Remove(AppName(gone)))
                {
                    LogRemoved(AppName(gone), DisplayPath(gone));
                }
            }

            _apps = apps.ToFrozenDictionary(StringComparer.Ordinal);
        }
    }

    private void ReloadFile(string path, Dictionary<string, DeclarativeApp> apps)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Usually an editor still holding the file: the previous version keeps serving and the read is tried again.
            LogReadFailed(exception, DisplayPath(path), RetryAfterReadFailure.TotalSeconds);
            _reloadTimer.Change(RetryAfterReadFailure, Timeout.InfiniteTimeSpan);
            return;
        }

        var hash = SHA256.HashData(bytes);
        if (_seen.TryGetValue(path, out var previous) && previous.AsSpan().SequenceEqual(hash))
        {
            return;
        }

        _seen[path] = hash;
        var result = Read(path, bytes);
        var name = AppName(path);
        if (result.File is not { } file)
        {
            var problems = string.Join(Environment.NewLine, result.Problems);
            if (apps.ContainsKey(name))
            {
                LogRefusedKeepingPrevious(DisplayPath(path), name, problems);
            }
            else
            {
                LogRefusedNew(DisplayPath(path), name, problems);
            }

            return;
        }

        var replaced = apps.ContainsKey(file.Name);
        apps[file.Name] = CreateApp(file);
        LogLoaded(file.Name, DisplayPath(path), replaced ? "reloaded" : "added");
    }

    private AppFileReadResult Read(string path, byte[] bytes)
    {
        var displayPath = DisplayPath(path);
        var result = AppFileReader.Read(displayPath, bytes);
        if (result.UnknownNames.Count > 0)
        {
            LogUnknownNames(displayPath, string.Join(Environment.NewLine, result.UnknownNames));
        }

        var name = AppName(path);
        return _codeFirstNames.Contains(name)
            ? new AppFileReadResult(null, [.. result.Problems, new AppFileProblem(displayPath, "", $"the app name \"{name}\" is taken by a code-first app; rename the file")])
            : result;
    }

    private DeclarativeApp CreateApp(AppFile file) => new(file, _time, _loggers.CreateLogger<DeclarativeApp>());

    private string DisplayPath(string path) => Path.Combine(_displayFolder, Path.GetFileName(path));

    private static string AppName(string path) => Path.GetFileNameWithoutExtension(path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Folder} for app file changes; {Count} file apps loaded")]
    private partial void LogWatching(string folder, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "No app files: {Folder} does not exist (CallFlow:AppsPath is not set)")]
    private partial void LogNoFolder(string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "App {App} {Change} from {File}")]
    private partial void LogLoaded(string app, string file, string change);

    [LoggerMessage(Level = LogLevel.Information, Message = "App {App} removed: {File} was deleted")]
    private partial void LogRemoved(string app, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused the new version of {File}; the previous version of app {App} keeps serving. Problems:\n{Problems}")]
    private partial void LogRefusedKeepingPrevious(string file, string app, string problems);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {File}; app {App} is not served until the file is fixed. Problems:\n{Problems}")]
    private partial void LogRefusedNew(string file, string app, string problems);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File} names properties or actions CallFlow does not know; they are sent as written:\n{UnknownNames}")]
    private partial void LogUnknownNames(string file, string unknownNames);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read {File}; trying again in {Seconds} s")]
    private partial void LogReadFailed(Exception exception, string file, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not list the app files in {Folder}; the apps loaded keep serving; trying again in {Seconds} s")]
    private partial void LogFolderUnreadable(Exception exception, string folder, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The watcher of {Folder} failed; reading the whole folder again")]
    private partial void LogWatcherError(Exception exception, string folder);
}
