using Playbooks.Core;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Parsing;
using Playbooks.Search.Analysis;
using Playbooks.Search.Documents;
using Playbooks.Search.Indexing;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Querying;
using Playbooks.Search.Ranking;
using Playbooks.Search.Storage;

namespace Playbooks.Search;

/// <summary>
/// The one door to search for the CLI, the site generator and the server: opens (or rebuilds) the index of a
/// knowledge base, keeps it fresh, and answers queries. Searches are thread-safe and may run during
/// <see cref="Refresh"/>; refreshes are serialised in this process, and other processes may refresh the same index
/// file at the same time (see <see cref="IndexRefresher"/>).
/// </summary>
/// <remarks>
/// The machine may refuse the index (see <see cref="IndexFailure"/>): a corrupt file is rebuilt; a full disk, a
/// read-only file or an unusable path make the engine answer from an in-memory index for the rest of its life, with a
/// one-line notice in <see cref="LastRefresh"/>. Either way searches keep working.
/// </remarks>
public sealed class SearchEngine : IDisposable
{
    /// <summary>Repairs tried for one step: rebuild a corrupt file, then fall back to memory, then give up (a bug).</summary>
    private const int MaxAttempts = 3;

    private readonly string _knowledgeBase;
    private readonly string _indexPath;
    private readonly bool _indexInsideKnowledgeBase;
    private readonly IndexStoreOptions _storage;
    private readonly PlaybookParser _parser;
    private readonly RankingWeights _weights;
    private readonly IProgress<IndexProgress>? _progress;
    private readonly Lock _refreshLock = new();
    private IndexStore? _store;
    private bool _replaceBrokenFile;
    private (long Length, DateTime Written)? _brokenStamp;
    /// <summary>Only for a long-running server (<see cref="IndexStoreOptions.GenerationCheckInterval"/> set): a command is over long before another process could replace its file.</summary>
    private readonly ReplacedIndexCheck? _replaced;
    private Analyzer _analyzer;
    private Searcher _searcher = null!;

    public string KnowledgeBase => _knowledgeBase;
    public string IndexPath => _indexPath;
    public Lexicon Lexicon => _analyzer.Lexicon;
    public Analyzer Analyzer => _analyzer;
    /// <summary>True when the index on disk could not be used and this engine answers from memory.</summary>
    public bool InMemory => _store?.InMemory == true;
    public RefreshReport LastRefresh { get; private set; } = null!;
    public DateTimeOffset LastRefreshAt { get; private set; }

    private SearchEngine(string knowledgeBase, string indexPath, bool indexInsideKnowledgeBase, IndexStoreOptions storage,
        PlaybookParser parser, RankingWeights weights, IProgress<IndexProgress>? progress)
    {
        _knowledgeBase = knowledgeBase;
        _progress = progress;
        _indexPath = indexPath;
        _indexInsideKnowledgeBase = indexInsideKnowledgeBase;
        _storage = storage;
        _parser = parser;
        _weights = weights;
        _replaced = storage.GenerationCheckInterval > TimeSpan.Zero ? new ReplacedIndexCheck(indexPath, storage.GenerationCheckInterval) : null;
        _analyzer = new Analyzer(LexiconLoader.Load(knowledgeBase, TextNormalizer.Shared));
        try
        {
            RefreshWithRecovery();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the index of <paramref name="knowledgeBase"/> (an existing folder) and brings it up to date.
    /// Notices (rebuilds, memory fallback) and skipped files are in <see cref="LastRefresh"/>.
    /// </summary>
    /// <param name="indexPath">Where the index file lives; null for the default (<see cref="IndexLocation.For"/>).</param>
    /// <param name="storage">How the index file is used; tests pass failure seams here.</param>
    /// <param name="progress">Told how every refresh of this engine advances (a big first build takes seconds); see <see cref="IndexProgress"/>.</param>
    /// <exception cref="PlaybooksException">
    /// The folder does not exist (code <c>missing-directory</c>), or is not a knowledge base (no playbooks:
    /// <c>not-a-knowledge-base</c>). The remedies name no command-line option: the CLI adds its own.
    /// </exception>
    public static SearchEngine Open(string knowledgeBase, string? indexPath = null, RankingWeights? weights = null,
        TimeProvider? clock = null, IndexStoreOptions? storage = null, IProgress<IndexProgress>? progress = null)
    {
        if (!Directory.Exists(knowledgeBase))
            throw new PlaybooksException($"预案目录不存在：{knowledgeBase}", "检查路径", knowledgeBase, ErrorKind.MissingDirectory);
        var fullPath = Path.GetFullPath(knowledgeBase);
        // Reading a whole disk (`--playbooks /`) is never meant; refuse before walking it.
        if (Path.GetPathRoot(fullPath) == fullPath)
            throw NotAKnowledgeBase(knowledgeBase, $"{knowledgeBase} 是整个磁盘的根目录，不是预案目录");
        var location = indexPath ?? IndexLocation.For(fullPath);
        var inside = Path.GetFullPath(location).StartsWith(fullPath.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return new SearchEngine(fullPath, location, inside, storage ?? IndexStoreOptions.Default, new PlaybookParser(clock), weights ?? RankingWeights.Default, progress);
    }

    private static PlaybooksException NotAKnowledgeBase(string folder, string message) =>
        new(message, "换成存放预案（.md 文件）的文件夹，例如 ./playbooks", folder, ErrorKind.NotAKnowledgeBase);

    /// <summary>Re-reads changed files (and the lexicon, if it changed) into the index.</summary>
    public RefreshReport Refresh()
    {
        lock (_refreshLock)
        {
            try
            {
                ReopenIfReplaced(); // or the refresh would write into a file no other process reads any more
            }
            catch (ForeignIndexException)
            {
                // Replaced by another knowledge base's index: the refresh below opens it again, meets the same owner
                // and answers from memory with the notice.
            }
            if (LexiconLoader.Fingerprint(_knowledgeBase) != _analyzer.Lexicon.Fingerprint)
            {
                _analyzer = new Analyzer(LexiconLoader.Load(_knowledgeBase, TextNormalizer.Shared));
                // the old analyzer stays alive for searches already holding it
                if (_store is not null)
                    _searcher = new Searcher(_store, _analyzer, _weights);
            }
            var report = RefreshWithRecovery();
            if (_storage.GenerationCheckInterval > TimeSpan.Zero)
                RenewSnapshot();
            return report;
        }
    }

    /// <summary>
    /// Lets searches start from the generation this refresh left, without each asking SQLite whether it is current
    /// (<see cref="IndexStoreOptions.GenerationCheckInterval"/>).
    /// </summary>
    private void RenewSnapshot()
    {
        try
        {
            _searcher.Renew();
        }
        catch (Exception ex) when (IndexFailure.Classify(ex) is not null)
        {
            // The refresh itself went through; the next search reads the generation and repairs the index (Reading).
        }
    }

    public SearchResponse Search(string query, int limit = 5, bool explain = false)
    {
        if (string.IsNullOrWhiteSpace(query))
            throw new PlaybooksException("检索内容为空", "用一句话描述你看到的情况，例如：playbooks search \"群里有人冒充助教发名片拉人\"", null, ErrorKind.EmptyQuery);
        return Reading(() => _searcher.Search(query, limit, explain));
    }

    /// <summary>How a search reads <paramref name="query"/> beyond analysis: reduced terms and sound look-ups (<c>analyze</c>).</summary>
    public QueryReading ReadQuery(string query) => Reading(() => _searcher.Read(query));

    /// <summary>The playbooks most similar to <paramref name="id"/> (itself excluded), by its title, tags and symptom sections.</summary>
    public SearchResponse Similar(string id, int limit = 5)
    {
        var found = Reading(() => _store!.LoadById(id));
        if (found is not { } match)
            throw UnknownId(id);
        var doc = match.Doc;
        var text = string.Join("\n", doc.Title, string.Join(" ", doc.Tags),
            doc.Fields.GetValueOrDefault(IndexedFields.Risk), doc.Fields.GetValueOrDefault(IndexedFields.Escalation),
            doc.Fields.GetValueOrDefault(IndexedFields.Background));
        var response = Match(text, limit, excludeId: id);
        return response with { Query = id };
    }

    /// <summary>
    /// The ranking of any text (a draft not in the index yet), like <see cref="Search"/> but for text a program
    /// composed: empty text is no error, and one id may be left out.
    /// </summary>
    public SearchResponse Match(string text, int limit, string? excludeId = null, bool explain = false) =>
        Reading(() => _searcher.Search(text, limit, explain, excludeId));

    /// <summary>The title and tags of an indexed playbook, as a draft's are given to <see cref="Match"/>; null for an unknown id.</summary>
    public (string Title, IReadOnlyList<string> Tags)? TitleAndTags(string id) =>
        Reading(() => _store!.LoadById(id)) is { } found ? (found.Doc.Title, found.Doc.Tags) : null;

    public IReadOnlyList<string> Ids() => Reading(() => _store!.Ids());

    public int Count() => Reading(() => _store!.Count());

    public PlaybooksException UnknownId(string id) => UnknownPlaybookId.Error(id, Ids());

    /// <summary>Brings the index up to date, repairing it first when the machine refused it (see <see cref="Recover"/>).</summary>
    private RefreshReport RefreshWithRecovery()
    {
        var notices = new List<string>();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var report = OpenAndRefresh();
                LastRefreshAt = DateTimeOffset.UtcNow;
                return LastRefresh = report with { Notices = [.. notices, .. report.Notices] };
            }
            catch (Exception ex)
            {
                if (IndexFailure.Classify(ex) is not { } failure || attempt == MaxAttempts || !Recover(failure, notices))
                    throw;
            }
        }
    }

    /// <summary>Runs a read; if the index fails under it, repairs and refreshes the index once and reads again.</summary>
    private T Reading<T>(Func<T> read)
    {
        var store = _store;
        try
        {
            // A server (which checks generations on an interval) also looks, as often, for a file replaced under it. A
            // search never waits for a refresh to look: the refresh looks first thing itself.
            if (_replaced is { IsDue: true } && _refreshLock.TryEnter())
            {
                try
                {
                    ReopenIfReplaced();
                }
                finally
                {
                    _refreshLock.Exit();
                }
            }
            return read();
        }
        catch (Exception ex)
        {
            if (IndexFailure.Classify(ex) is not { } failure)
                throw;
            lock (_refreshLock)
            {
                var notices = new List<string>();
                // Another thread may have repaired the index since this read started.
                if (ReferenceEquals(store, _store) && !Recover(failure, notices))
                    throw;
                var report = RefreshWithRecovery();
                LastRefresh = report with { Notices = [.. notices, .. report.Notices] };
            }
            return read();
        }
    }

    /// <summary>
    /// Repairs what <paramref name="failure"/> broke so the step can run again: a corrupt file is replaced on the next
    /// open; anything else the disk refuses switches this engine to an in-memory index. False when there is nothing
    /// left to try (the in-memory index failed too).
    /// </summary>
    private bool Recover(IndexFailure failure, List<string> notices)
    {
        if (_store?.InMemory == true)
            return false;
        notices.Add(failure.Notice(_indexPath));
        _store?.Dispose();
        _store = null;
        if (failure.Kind == IndexFailureKind.Corrupt && !_replaceBrokenFile)
        {
            _replaceBrokenFile = true;
            _brokenStamp = IndexFile.Stamp(_indexPath);
        }
        else
            UseStore(IndexStore.OpenInMemory(_storage));
        return true;
    }

    /// <summary>Opens the index (building a new file if there is none, or replacing a broken one) and refreshes it.</summary>
    private RefreshReport OpenAndRefresh()
    {
        if (_store is null)
        {
            // A folder at the index path is opened too, so that SQLite itself reports it (SQLITE_CANTOPEN).
            if (!_replaceBrokenFile && (File.Exists(_indexPath) || Directory.Exists(_indexPath)))
                UseStore(IndexStore.Open(_indexPath, _storage));
            else
                return BuildFile();
        }
        var report = new IndexRefresher(_analyzer, _parser, _progress).Refresh(_knowledgeBase, _store!,
            checkOwner: !_indexInsideKnowledgeBase && !_store!.InMemory);
        UseLearnedWords(_store!);
        return report;
    }

    /// <summary>
    /// Builds the index in a file of its own and moves it into place whole (see <see cref="IndexFile"/>), so another
    /// process never opens it half-built. Inside the knowledge base folder this only happens when it holds playbooks:
    /// otherwise the folder is not a knowledge base and nothing is left in it.
    /// </summary>
    private RefreshReport BuildFile()
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(_indexPath))!;
        var createdFolder = !Directory.Exists(folder);
        var building = IndexFile.BuildingPath(_indexPath);
        RefreshReport report;
        try
        {
            using (var store = IndexStore.CreatePrivate(building, _storage))
            {
                report = new IndexRefresher(_analyzer, _parser, _progress).Refresh(_knowledgeBase, store, rebuilt: _replaceBrokenFile);
                store.UseWriteAheadLog();
            }
            // Files with errors still make a knowledge base (the user is told about each); no playbook files at all do not.
            if (report.Added == 0 && report.Skipped.Count == 0 && _indexInsideKnowledgeBase)
                throw NotAKnowledgeBase(_knowledgeBase, $"{_knowledgeBase} 里没有找到预案，它不像是预案目录");
            // Replace a broken file only if it is still the one found broken: another process may have rebuilt it.
            var broken = _brokenStamp;
            IndexFile.Publish(building, _indexPath, replace: _replaceBrokenFile ? () => IndexFile.Stamp(_indexPath) == broken : null);
        }
        catch
        {
            IndexStore.Delete(building);
            if (createdFolder)
                IndexFile.RemoveIfEmpty(folder);
            throw;
        }
        _replaceBrokenFile = false;
        UseStore(IndexStore.Open(_indexPath, _storage));
        return report;
    }

    /// <summary>
    /// Opens the index file again when another process has replaced it (see <see cref="ReplacedIndexCheck"/>). Call
    /// under the refresh lock.
    /// </summary>
    private void ReopenIfReplaced()
    {
        if (_replaced is null || _store is not { InMemory: false } store || !_replaced.Replaced())
            return;
        // Disposing empties the connection pool, whose connections hold the replaced file open; searches still running
        // on the old searcher open new connections, which see the new file's generation and start over from it.
        store.Dispose();
        _store = null;
        UseStore(IndexStore.Open(_indexPath, _storage));
    }

    private void UseStore(IndexStore store)
    {
        // Another knowledge base's index (a PLAYBOOKS_INDEX shared by two of them) is never read as this one's: its
        // playbooks would be this knowledge base's search results.
        if (!store.InMemory && !_indexInsideKnowledgeBase
            && store.ReadMeta(IndexRefresher.KnowledgeBaseMetaKey) is var owner && ForeignIndexException.IsForeign(owner, _knowledgeBase))
        {
            store.Dispose();
            throw new ForeignIndexException(owner!);
        }
        if (!store.InMemory)
            _replaced?.Opened(store);
        _store = store;
        _searcher = new Searcher(store, _analyzer, _weights);
        UseLearnedWords(store);
    }

    /// <summary>
    /// Analyses queries with the words the index learned from the playbooks (this process's refresh, or another's that
    /// committed first): a query must be cut the way the playbooks were. The old analyzer stays alive for searches
    /// already holding it.
    /// </summary>
    private void UseLearnedWords(IndexStore store)
    {
        var learned = IndexRefresher.StoredLearnedWords(store);
        var known = _analyzer.Lexicon.Learned;
        if (known.Count == learned.Count && learned.All(known.Contains))
            return;
        _analyzer = new Analyzer(_analyzer.Lexicon.WithLearned(learned), _analyzer.Normalizer);
        _searcher = new Searcher(store, _analyzer, _weights);
    }

    public void Dispose()
    {
        _store?.Dispose();
        _analyzer.Dispose();
    }
}
