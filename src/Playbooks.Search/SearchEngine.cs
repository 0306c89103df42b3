using Microsoft.Data.Sqlite;
using Playbooks.Core;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Parsing;
using Playbooks.Search.Analysis;
using Playbooks.Search.Indexing;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Querying;
using Playbooks.Search.Ranking;
using Playbooks.Search.Storage;

namespace Playbooks.Search;

/// <summary>
/// The one door to search for the CLI, the site generator and the server: opens (or rebuilds) the index of a
/// knowledge base, keeps it fresh, and answers queries. Searches are thread-safe and may run during
/// <see cref="Refresh"/>; refreshes are serialised.
/// </summary>
public sealed class SearchEngine : IDisposable
{
    private readonly string _knowledgeBase;
    private readonly string _indexPath;
    private readonly PlaybookParser _parser;
    private readonly RankingWeights _weights;
    private readonly Lock _refreshLock = new();
    private IndexStore _store;
    private Analyzer _analyzer;
    private Searcher _searcher;

    public string KnowledgeBase => _knowledgeBase;
    public string IndexPath => _indexPath;
    public Lexicon Lexicon => _analyzer.Lexicon;
    public Analyzer Analyzer => _analyzer;
    public RefreshReport LastRefresh { get; private set; }
    public DateTimeOffset LastRefreshAt { get; private set; }

    private SearchEngine(string knowledgeBase, string indexPath, PlaybookParser parser, RankingWeights weights)
    {
        _knowledgeBase = knowledgeBase;
        _indexPath = indexPath;
        _parser = parser;
        _weights = weights;
        var notices = new List<string>();
        _store = OpenOrRebuild(notices);
        _analyzer = WithStoredLearnedWords(LexiconLoader.Load(knowledgeBase, TextNormalizer.Shared));
        _searcher = new Searcher(_store, _analyzer, _weights);
        LastRefresh = RefreshOnce(notices);
    }

    /// <summary>
    /// Opens the index of <paramref name="knowledgeBase"/> (an existing folder) and brings it up to date.
    /// Notices (rebuilds) and skipped files are in <see cref="LastRefresh"/>.
    /// </summary>
    public static SearchEngine Open(string knowledgeBase, string? indexPath = null, RankingWeights? weights = null, TimeProvider? clock = null)
    {
        if (!Directory.Exists(knowledgeBase))
            throw new PlaybooksException($"预案目录不存在：{knowledgeBase}", "检查路径，或用 --playbooks 指定预案目录", knowledgeBase, "missing-directory");
        var fullPath = Path.GetFullPath(knowledgeBase);
        return new SearchEngine(fullPath, indexPath ?? IndexLocation.For(fullPath), new PlaybookParser(clock), weights ?? RankingWeights.Default);
    }

    /// <summary>Re-reads changed files (and the lexicon, if it changed) into the index.</summary>
    public RefreshReport Refresh()
    {
        lock (_refreshLock)
        {
            var notices = new List<string>();
            if (LexiconLoader.Fingerprint(_knowledgeBase) != _analyzer.Lexicon.Fingerprint)
            {
                var analyzer = WithStoredLearnedWords(LexiconLoader.Load(_knowledgeBase, TextNormalizer.Shared));
                _searcher = new Searcher(_store, analyzer, _weights);
                _analyzer = analyzer; // the old analyzer stays alive for searches already holding it
            }
            LastRefresh = RefreshOnce(notices);
            return LastRefresh;
        }
    }

    public SearchResponse Search(string query, int limit = 5, bool explain = false)
    {
        if (string.IsNullOrWhiteSpace(query))
            throw new PlaybooksException("检索内容为空", "用一句话描述你看到的情况，例如：playbooks search \"群里有人冒充助教发名片拉人\"", null, "usage");
        return WithRecovery(() => _searcher.Search(query, limit, explain));
    }

    /// <summary>The playbooks most similar to <paramref name="id"/> (itself excluded), by its title, tags and symptom sections.</summary>
    public SearchResponse Similar(string id, int limit = 5)
    {
        var found = WithRecovery(() => _store.LoadById(id));
        if (found is not { } match)
            throw UnknownId(id);
        var doc = match.Doc;
        var text = string.Join("\n", doc.Title, string.Join(" ", doc.Tags),
            doc.Fields.GetValueOrDefault(IndexedFields.Risk), doc.Fields.GetValueOrDefault(IndexedFields.Escalation),
            doc.Fields.GetValueOrDefault(IndexedFields.Background));
        var response = WithRecovery(() => _searcher.Search(text, limit, explain: false, excludeId: id));
        return response with { Query = id };
    }

    public IReadOnlyList<string> Ids() => WithRecovery(() => _store.Ids());

    public int Count() => WithRecovery(() => _store.Count());

    public PlaybooksException UnknownId(string id) => UnknownPlaybookId.Error(id, Ids());

    /// <summary>The analyzer for <paramref name="lexicon"/> plus the words the index learned from the playbooks.</summary>
    private Analyzer WithStoredLearnedWords(Lexicon lexicon) =>
        new(lexicon.WithLearned(IndexRefresher.StoredLearnedWords(_store)));

    private RefreshReport RefreshOnce(List<string> notices)
    {
        RefreshReport report;
        try
        {
            report = RefreshWith(rebuilt: false);
        }
        catch (Exception ex) when (IsCorruption(ex))
        {
            notices.Add($"索引文件已损坏（{ex.Message}），已自动重建。");
            _store = Rebuild();
            _searcher = new Searcher(_store, _analyzer, _weights);
            report = RefreshWith(rebuilt: true);
        }
        LastRefreshAt = DateTimeOffset.UtcNow;
        return report with { Notices = [.. notices, .. report.Notices] };
    }

    /// <summary>One refresh; when the learned words changed, later searches use the refresher's new analyzer.</summary>
    private RefreshReport RefreshWith(bool rebuilt)
    {
        var refresher = new IndexRefresher(_analyzer, _parser);
        var report = refresher.Refresh(_knowledgeBase, _store, rebuilt);
        if (refresher.Analyzer != _analyzer)
        {
            _searcher = new Searcher(_store, refresher.Analyzer, _weights);
            _analyzer = refresher.Analyzer; // the old analyzer stays alive for searches already holding it
        }
        return report;
    }

    private IndexStore OpenOrRebuild(List<string> notices)
    {
        try
        {
            return IndexStore.Open(_indexPath);
        }
        catch (IndexUnusableException ex)
        {
            notices.Add($"{ex.Message}，已自动重建索引。");
            return Rebuild();
        }
    }

    private IndexStore Rebuild()
    {
        IndexStore.Delete(_indexPath);
        return IndexStore.Open(_indexPath);
    }

    private T WithRecovery<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (IsCorruption(ex))
        {
            lock (_refreshLock)
            {
                _store = Rebuild();
                _searcher = new Searcher(_store, _analyzer, _weights);
                LastRefresh = RefreshOnce([$"索引文件已损坏（{ex.Message}），已自动重建。"]);
            }
            return action();
        }
    }

    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), or posting bytes that do not decode: not an index we can trust.
    private static bool IsCorruption(Exception ex) =>
        ex is SqliteException { SqliteErrorCode: 11 or 26 } or InvalidDataException;

    public void Dispose()
    {
        _store.Dispose();
        _analyzer.Dispose();
    }
}
