using System.Diagnostics;
using Playbooks.Application;
using Playbooks.Search;
using Playbooks.Search.Indexing;
using Playbooks.Search.Querying;
using Playbooks.Search.Storage;

namespace Playbooks.Server.Library;

/// <summary>
/// The knowledge base as the server sees it: the application's <see cref="KnowledgeBase"/> (search engine, paths,
/// limits) plus a parsed catalog, both brought up to date by
/// <see cref="Reload"/>. Reads are lock-free (the catalog is an immutable snapshot swapped whole; the engine allows
/// searches during a refresh); reloads are serialised.
/// </summary>
public sealed class LiveKnowledgeBase : IDisposable
{
    private readonly ServerOptions _options;
    private readonly KnowledgeBase _knowledgeBase;
    private readonly Lock _reloadLock = new();
    private volatile PlaybookCatalog _catalog = PlaybookCatalog.Empty;
    private long _reloads;

    public SearchEngine Engine => _knowledgeBase.Engine;

    public PlaybookCatalog Catalog => _catalog;

    /// <summary>The folder being served, absolute.</summary>
    public string Root => _knowledgeBase.FullRoot;

    public DateTimeOffset LastReloadAt { get; private set; }

    public TimeSpan LastReloadTook { get; private set; }

    public long Reloads => Interlocked.Read(ref _reloads);

    /// <summary>The last reload's failure (e.g. the folder vanished), cleared by the next successful one.</summary>
    public string? LastError { get; private set; }

    /// <exception cref="Core.PlaybooksException">The folder does not exist.</exception>
    public LiveKnowledgeBase(ServerOptions options)
    {
        _options = options;
        _knowledgeBase = new KnowledgeBase(new KnowledgeBaseOptions
        {
            Folder = options.KnowledgeBase,
            CurrentDirectory = options.CurrentDirectory,
            IndexPath = options.IndexPath,
            Clock = options.Clock,
            // Searches answer from the generation the server's own reloads renew, checking the file for another
            // process's refresh every 100 ms instead of on every request, and know absent query words without SQLite.
            Storage = options.Storage ?? IndexStoreOptions.Serving,
        });
        try
        {
            // The index first: a folder that is not a knowledge base is refused before its files are parsed.
            _ = _knowledgeBase.Engine;
            _catalog = _catalog.Next(_knowledgeBase.Load());
        }
        catch
        {
            _knowledgeBase.Dispose();
            throw;
        }
        LastReloadAt = Engine.LastRefreshAt;
    }

    /// <summary>Re-reads changed files into the index and the catalog. Never throws; a failure is kept in <see cref="LastError"/>.</summary>
    public void Reload()
    {
        lock (_reloadLock)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                // Every search result must have a page at every moment: a new playbook's page is published before the
                // index can return it, and a deleted playbook's page is kept until the index has dropped it.
                var next = _catalog.Next(_knowledgeBase.Load());
                _catalog = next.Including(_catalog);
                Engine.Refresh();
                _catalog = next;
                LastError = null;
            }
            catch (Exception ex)
            {
                // The last good index and catalog keep answering; /healthz shows what went wrong.
                LastError = ex.Message;
            }
            LastReloadTook = watch.Elapsed;
            LastReloadAt = _options.Clock.GetUtcNow();
            Interlocked.Increment(ref _reloads);
        }
    }

    /// <summary>
    /// <see cref="KnowledgeBase.Search"/>: result paths as the CLI shows them, so <c>/api/search</c> and
    /// <c>search --json</c> return the same document.
    /// </summary>
    public SearchResponse Search(string query, int limit) => _knowledgeBase.Search(query, limit);

    /// <summary><see cref="KnowledgeBase.Similar"/>, the ranking of <c>playbooks similar</c>.</summary>
    public SearchResponse Similar(string id, int limit) => _knowledgeBase.Similar(id, limit);

    public IReadOnlyList<SkippedFile> Skipped => Engine.LastRefresh.Skipped;

    public void Dispose() => _knowledgeBase.Dispose();
}
