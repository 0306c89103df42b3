using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Playbooks.Core.Diagnostics;
using Playbooks.Server.Hosting;

namespace Playbooks.Server.Library;

/// <summary>
/// Watches the knowledge base (playbooks, guides and lexicon/) and calls <see cref="LiveKnowledgeBase.Reload"/> once
/// changes have been quiet for <see cref="ServerOptions.ReloadDebounce"/>. Editors save in several steps (temp file,
/// rename, touch); the debounce turns a burst into one reload.
/// </summary>
/// <remarks>
/// The loop runs on its own thread with blocking waits, not on the thread pool: under heavy search load the pool is
/// busy with (synchronous) SQLite queries, and a pooled timer or continuation could wait seconds for a thread, which
/// would break the "searchable within 2 s of saving" promise.
/// </remarks>
internal sealed class KnowledgeBaseWatcher(LiveKnowledgeBase knowledgeBase, ServerOptions options, ILogger<KnowledgeBaseWatcher> logger)
    : IHostedService, IDisposable
{
    private readonly AutoResetEvent _changed = new(false);
    private readonly CancellationTokenSource _stopping = new();
    private FileSystemWatcher? _watcher;
    private Thread? _loop;
    private SkippedFileNotices? _notices;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // The server printed the first refresh's skipped files as it started (as every command does).
        _notices = new SkippedFileNotices(knowledgeBase.Root, knowledgeBase.Skipped);
        _watcher = new FileSystemWatcher(knowledgeBase.Root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        // A full event buffer loses events: reload anyway, the refresh itself compares content hashes.
        _watcher.Error += (_, _) => _changed.Set();
        _watcher.EnableRaisingEvents = true;
        _loop = new Thread(Loop) { IsBackground = true, Name = "playbooks-reload" };
        _loop.Start();
        return Task.CompletedTask;
    }

    private void Loop()
    {
        var handles = new[] { _changed, _stopping.Token.WaitHandle };
        while (WaitHandle.WaitAny(handles) == 0)
        {
            // Wait until the folder has been quiet for the debounce period.
            while (WaitHandle.WaitAny(handles, options.ReloadDebounce) == 0) { }
            if (_stopping.IsCancellationRequested)
                return;
            knowledgeBase.Reload();
            Report();
        }
    }

    // One line per reload, and a warning for each file that could not be read (a save caught half-written, a file
    // emptied by mistake) when it is news (SkippedFileNotices), so the author sees at once that their change did not
    // take, and that a fix did.
    private void Report()
    {
        if (knowledgeBase.LastError is { } error)
        {
            logger.LogWarning("重新加载预案库失败：{Error}", error);
            return;
        }
        logger.LogInformation("{Line}", LogLines.Reload(knowledgeBase.Engine.LastRefresh, knowledgeBase.Catalog.Playbooks.Count(),
            knowledgeBase.LastReloadTook));
        var (warnings, fixedFiles) = _notices!.Next(knowledgeBase.Skipped);
        foreach (var warning in SkipWarnings.Capped(warnings))
            logger.LogWarning("{Warning}", AsTyped(warning));
        foreach (var note in fixedFiles)
            logger.LogInformation("{Fixed}", AsTyped(note));
    }

    // Paths as the user typed the folder, as the warnings printed at start-up (EngineSession.Report) and every other
    // command show them, not the absolute form the refresh works with.
    private string AsTyped(string line) => line.Replace(knowledgeBase.Root, options.KnowledgeBase.TrimEnd('/'), StringComparison.Ordinal);

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (IsRelevant(knowledgeBase.Root, e.FullPath) || e is RenamedEventArgs r && IsRelevant(knowledgeBase.Root, r.OldFullPath))
            _changed.Set();
    }

    /// <summary>
    /// False for anything under a '.' or '_' folder or named with one, which the loader ignores — above all
    /// <c>.cache/</c>, where the index itself is written: reacting to it would reload forever.
    /// </summary>
    internal static bool IsRelevant(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        return !relative.Split('/').Any(s => s.StartsWith('.') || s.StartsWith('_'));
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _stopping.Cancel();
        // A reload in progress finishes (it is short); the index is closed only after this returns.
        _loop?.Join(TimeSpan.FromSeconds(10));
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _changed.Dispose();
        _stopping.Dispose();
    }
}
