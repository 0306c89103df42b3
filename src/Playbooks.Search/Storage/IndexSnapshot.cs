using System.Collections.Concurrent;
using Playbooks.Search.Documents;
using Playbooks.Search.Postings;

namespace Playbooks.Search.Storage;

/// <summary>
/// One generation of the index in memory, filled as queries need it: playbook lengths up front, then each query term's
/// postings and each shown playbook on first use, kept for later queries. A refresh commits a new generation, and
/// the next query starts a new snapshot; queries already running finish on theirs. Thread-safe.
/// </summary>
/// <remarks>
/// With a term list (<see cref="IndexStoreOptions.TermListLimit"/>) the snapshot knows every term of its generation, so
/// a query word no playbook contains (a number, a typo) costs no SQLite read and takes no room in the term tables: in a
/// server every query carries its own new words, and each would otherwise open a read transaction.
/// </remarks>
internal sealed class IndexSnapshot
{
    private readonly long[] _rowIds;
    private readonly RowNumbers _denseOf;
    private readonly ConcurrentDictionary<int, StoredPlaybook> _documents = new();

    private readonly HashSet<string>? _words;
    private readonly HashSet<string>? _grams;

    private IndexSnapshot(IndexGeneration generation, long[] rowIds, RankingIndex index, HashSet<string>? words, HashSet<string>? grams)
    {
        Generation = generation;
        _rowIds = rowIds;
        _denseOf = new RowNumbers(rowIds);
        Index = index;
        _words = words;
        _grams = grams;
    }

    public IndexGeneration Generation { get; }

    /// <summary>True when the snapshot knows every term of its generation (see <see cref="IndexStoreOptions.TermListLimit"/>).</summary>
    public bool HasTermList => _grams is not null;

    public RankingIndex Index { get; }

    /// <param name="termListLimit">Keep the generation's full term list when it has at most this many terms (0: none).</param>
    /// <param name="rememberLengths">Called with the lengths when they had to be read from the rows (no blob of this generation).</param>
    public static IndexSnapshot Load(IndexReader reader, IndexGeneration generation, int termListLimit = 0,
        Action<IndexGeneration, DocLengths>? rememberLengths = null)
    {
        var (lengths, kept) = reader.Lengths(generation);
        if (!kept)
            rememberLengths?.Invoke(generation, lengths);
        var (rowIds, words, grams, unwritten, folders) = lengths;
        var wordList = termListLimit > 0 ? reader.Terms(IndexSchema.WordsKind, termListLimit) : null;
        var gramList = wordList is not null ? reader.Terms(IndexSchema.GramsKind, termListLimit - wordList.Count) : null;
        return new IndexSnapshot(generation, rowIds,
            new RankingIndex(rowIds.Length, new TermTable(words), new TermTable(grams), new TermTable(grams))
            {
                Unwritten = unwritten,
                Folders = FolderGroups.Numbered(folders),
            },
            gramList is null ? null : wordList, gramList);
    }

    public long RowIdOf(int doc) => _rowIds[doc];

    /// <summary>
    /// Reads postings through <paramref name="reader"/>, called only when something must be read; the reader must see
    /// this snapshot's generation.
    /// </summary>
    public IPostingLoader LoaderFor(Func<IndexReader> reader) => new Loader(this, reader);

    /// <summary>The stored playbooks of <paramref name="docs"/> (dense numbers); <paramref name="reader"/> as for <see cref="LoaderFor"/>.</summary>
    public Dictionary<int, StoredPlaybook> Documents(Func<IndexReader> reader, IReadOnlyCollection<int> docs)
    {
        var missing = docs.Where(d => !_documents.ContainsKey(d)).ToList();
        if (missing.Count > 0)
            foreach (var (rowId, doc) in reader().Load(missing.Select(d => _rowIds[d]).ToList()))
                _documents.TryAdd(_denseOf[rowId], doc);
        var result = new Dictionary<int, StoredPlaybook>();
        foreach (var doc in docs)
            if (_documents.TryGetValue(doc, out var stored))
                result[doc] = stored;
        return result;
    }

    private sealed class Loader(IndexSnapshot snapshot, Func<IndexReader> reader) : IPostingLoader
    {
        public void LoadWords(IReadOnlyList<string> words) =>
            snapshot.Index.Words.Load(Present(words, snapshot._words),
                missing => reader().Postings(IndexSchema.WordsKind, missing, snapshot._denseOf));

        public void LoadGrams(IReadOnlyList<string> grams) =>
            snapshot.Index.Grams.Load(Present(grams, snapshot._grams),
                missing => reader().Postings(IndexSchema.GramsKind, missing, snapshot._denseOf));

        // A term off the list is in no playbook: the table answers "none" for a term it never loaded, as for one
        // loaded and found absent.
        private static IReadOnlyList<string> Present(IReadOnlyList<string> terms, HashSet<string>? list)
        {
            if (list is null)
                return terms;
            var present = new List<string>(terms.Count);
            foreach (var term in terms)
                if (list.Contains(term))
                    present.Add(term);
            return present;
        }

        public void LoadSpellings(IReadOnlyList<string> spellings) =>
            snapshot.Index.Pinyin.Load(spellings, missing =>
            {
                var spelled = reader().Spelled(missing);
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
