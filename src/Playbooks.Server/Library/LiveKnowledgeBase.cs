using System.Diagnostics;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Parsing;
using Playbooks.Search;
using Playbooks.Search.Indexing;
using Playbooks.Search.Querying;

namespace Playbooks.Server.Library;

/// <summary>
/// The knowledge base as the server sees it: the search engine plus a parsed catalog, both brought up to date by
/// <see cref="Reload"/>. Reads are lock-free (the catalog is an immutable snapshot swapped whole; the engine allows
/// searches during a refresh); reloads are serialised.
/// </summary>
public sealed class LiveKnowledgeBase : IDisposable
{
    private readonly ServerOptions _options;
    private readonly string _fullRoot;
    private readonly KnowledgeBaseLoader _loader;
    private readonly Lock _reloadLock = new();
    private volatile PlaybookCatalog _catalog = PlaybookCatalog.Empty;
    private long _reloads;

    public SearchEngine Engine { get; }

    public PlaybookCatalog Catalog => _catalog;

    /// <summary>The folder being served, absolute.</summary>
    public string Root => _fullRoot;

    public DateTimeOffset LastReloadAt { get; private set; }

    public TimeSpan LastReloadTook { get; private set; }

    public long Reloads => Interlocked.Read(ref _reloads);

    /// <summary>The last reload's failure (e.g. the folder vanished), cleared by the next successful one.</summary>
    public string? LastError { get; private set; }

    /// <exception cref="Core.PlaybooksException">The folder does not exist.</exception>
    public LiveKnowledgeBase(ServerOptions options)
    {
        _options = options;
        _fullRoot = Path.GetFullPath(options.KnowledgeBase, options.CurrentDirectory ?? Environment.CurrentDirectory);
        _loader = new KnowledgeBaseLoader(new PlaybookParser(options.Clock));
        Engine = SearchEngine.Open(_fullRoot, options.IndexPath, clock: options.Clock);
        _catalog = _catalog.Next(Load());
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
                var next = _catalog.Next(Load());
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
    /// <see cref="SearchEngine.Search"/> with result paths shown as the CLI shows them (the folder as given plus the
    /// file's relative path), so <c>/api/search</c> and <c>search --json</c> return the same document.
    /// </summary>
    public SearchResponse Search(string query, int limit)
    {
        var response = Engine.Search(query, limit);
        return response with
        {
            Results = response.Results.Select(r => r with { Path = DisplayPath(r.Path) }).ToList(),
        };
    }

    public IReadOnlyList<SkippedFile> Skipped => Engine.LastRefresh.Skipped;

    private string DisplayPath(string relative) => Path.Combine(_options.KnowledgeBase, relative).Replace('\\', '/');

    private LoadedKnowledgeBase Load() => _loader.Load(_options.KnowledgeBase, _options.CurrentDirectory ?? Environment.CurrentDirectory);

    public void Dispose() => Engine.Dispose();
}
