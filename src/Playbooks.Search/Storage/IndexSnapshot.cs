using System.Collections.Concurrent;
using Playbooks.Search.Documents;
using Playbooks.Search.Postings;

namespace Playbooks.Search.Storage;

/// <summary>
/// One generation of the index in memory, filled as queries need it: playbook lengths up front, then each query term's
/// postings and each shown playbook on first use, kept for later queries. A refresh commits a new generation, and
/// the next query starts a new snapshot; queries already running finish on theirs. Thread-safe.
/// </summary>
internal sealed class IndexSnapshot
{
    private readonly long[] _rowIds;
    private readonly RowNumbers _denseOf;
    private readonly ConcurrentDictionary<int, StoredPlaybook> _documents = new();

    private IndexSnapshot(IndexGeneration generation, long[] rowIds, RankingIndex index)
    {
        Generation = generation;
        _rowIds = rowIds;
        _denseOf = new RowNumbers(rowIds);
        Index = index;
    }

    public IndexGeneration Generation { get; }

    public RankingIndex Index { get; }

    public static IndexSnapshot Load(IndexReader reader, IndexGeneration generation)
    {
        var (rowIds, words, grams, unwritten) = reader.Lengths();
        return new IndexSnapshot(generation, rowIds,
            new RankingIndex(rowIds.Length, new TermTable(words), new TermTable(grams), new TermTable(grams)) { Unwritten = unwritten });
    }

    public long RowIdOf(int doc) => _rowIds[doc];

    /// <summary>Reads postings through <paramref name="reader"/>, which must see this snapshot's generation.</summary>
    public IPostingLoader LoaderFor(IndexReader reader) => new Loader(this, reader);

    /// <summary>The stored playbooks of <paramref name="docs"/> (dense numbers).</summary>
    public Dictionary<int, StoredPlaybook> Documents(IndexReader reader, IReadOnlyCollection<int> docs)
    {
        var missing = docs.Where(d => !_documents.ContainsKey(d)).ToList();
        if (missing.Count > 0)
            foreach (var (rowId, doc) in reader.Load(missing.Select(d => _rowIds[d]).ToList()))
                _documents.TryAdd(_denseOf[rowId], doc);
        var result = new Dictionary<int, StoredPlaybook>();
        foreach (var doc in docs)
            if (_documents.TryGetValue(doc, out var stored))
                result[doc] = stored;
        return result;
    }

    private sealed class Loader(IndexSnapshot snapshot, IndexReader reader) : IPostingLoader
    {
        public void LoadWords(IReadOnlyList<string> words) =>
            snapshot.Index.Words.Load(words, missing => reader.Postings(IndexSchema.WordsKind, missing, snapshot._denseOf));

        public void LoadGrams(IReadOnlyList<string> grams) =>
            snapshot.Index.Grams.Load(grams, missing => reader.Postings(IndexSchema.GramsKind, missing, snapshot._denseOf));

        public void LoadSpellings(IReadOnlyList<string> spellings) =>
            snapshot.Index.Pinyin.Load(spellings, missing =>
            {
                var spelled = reader.Spelled(missing);
                LoadGrams(spelled.Values.SelectMany(g => g).ToList());
                var result = new Dictionary<string, Posting[]>(StringComparer.Ordinal);
                foreach (var (pinyin, grams) in spelled)
                {
                    var lists = new List<Posting[]>();
                    foreach (var gram in grams)
                        if (snapshot.Index.Grams.TryGet(gram, out var list))
                            lists.Add(list.Postings);
                    if (lists.Count > 0)
                        result[pinyin] = PinyinPostings.Merge(lists);
                }
                return result;
            });
    }
}
