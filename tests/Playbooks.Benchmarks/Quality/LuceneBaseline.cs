using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Playbooks.Search.Documents;
using Playbooks.Search.Ranking;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Playbooks.Benchmarks.Quality;

/// <summary>
/// The stack the original design named: Lucene.Net 4.8 with BM25 over an analyzer of choice (SmartCn by default).
/// <see cref="LuceneLayout.Fielded"/> indexes our eight fields and boosts each query term per field with our own
/// word weights (<see cref="RankingWeights.Words"/>), the way a Lucene user would port our design;
/// <see cref="LuceneLayout.SingleField"/> puts all text in one field with no boosts, the way most teams start.
/// A query is every analysed token as a SHOULD clause (classic OR query, as MultiFieldQueryParser builds it).
/// </summary>
internal sealed class LuceneBaseline : IRankingSystem
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string IdField = "id";
    private const string AllField = "all";

    private readonly Analyzer _analyzer;
    private readonly LuceneLayout _layout;
    private readonly LuceneDirectory _directory = new RAMDirectory();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly IReadOnlyList<(string Field, float Boost)> _fields;

    public LuceneBaseline(string knowledgeBase, Analyzer analyzer, LuceneLayout layout)
    {
        _analyzer = analyzer;
        _layout = layout;
        var weights = RankingWeights.Default.Words;
        _fields = layout == LuceneLayout.Fielded
            ? IndexedFields.All.Select((f, i) => (f, (float)weights[i])).ToList()
            : [(AllField, 1f)];

        var config = new IndexWriterConfig(Version, analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var playbook in CorpusDocuments.Load(knowledgeBase))
            {
                var doc = new Document { new StringField(IdField, playbook.Id, Field.Store.YES) };
                if (layout == LuceneLayout.Fielded)
                    foreach (var field in IndexedFields.All)
                        doc.Add(new TextField(field, playbook.Fields.GetValueOrDefault(field) ?? "", Field.Store.NO));
                else
                    doc.Add(new TextField(AllField, string.Join("\n", IndexedFields.All.Select(f => playbook.Fields.GetValueOrDefault(f) ?? "")), Field.Store.NO));
                writer.AddDocument(doc);
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public IReadOnlyList<string> Rank(string query, int limit)
    {
        var boolean = new BooleanQuery();
        foreach (var (field, boost) in _fields)
            foreach (var token in Tokens(field, query))
                boolean.Add(new TermQuery(new Term(field, token)) { Boost = boost }, Occur.SHOULD);
        if (boolean.Clauses.Count == 0)
            return [];
        return _searcher.Search(boolean, limit).ScoreDocs
            .Select(hit => _searcher.Doc(hit.Doc).Get(IdField))
            .ToList();
    }

    private List<string> Tokens(string field, string text)
    {
        var tokens = new List<string>();
        using var stream = _analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}

internal enum LuceneLayout
{
    Fielded,
    SingleField,
}
