using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Playbooks.Core.Model;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Postings;
using Playbooks.Search.Ranking;

namespace Playbooks.Site.Searching;

/// <summary>
/// The search data split for served sites, like Pagefind: a search page fetches a small manifest, then only the term
/// shards holding its query's terms and the display chunks of the hits it shows, so the first search transfers a few
/// hundred KiB however large the knowledge base (<c>search-data.js</c>, the whole index in one file, is 12 MB at
/// 3 000 playbooks). Every file is gzip, decompressed by the browser (<c>DecompressionStream</c>).
/// </summary>
/// <remarks>
/// <para>Files under <c>search/</c> (formats as in <see cref="BrowserSearchData"/>):</para>
/// <list type="bullet">
/// <item><c>index.json.gz</c>, the manifest: <c>version</c>, <c>ranking</c>, the analysis tables (<c>fields</c>,
/// <c>lexicon</c>, <c>t2s</c>, <c>pinyin</c>), <c>count</c> (playbooks), <c>folders</c> (each playbook's folder group, as in the whole file), <c>unwritten</c> (indexes of drafts and empty
/// playbooks, which rank last), <c>words</c>/<c>grams</c> <c>lengths</c> (so BM25's field lengths, average length and
/// document count are the whole index's, exactly), <c>shards</c> and <c>chunk</c> (counts and sizes), and
/// <c>fingerprint</c>, a hash of every other file, appended to their addresses (<c>?v=</c>) so a rebuilt site never
/// mixes cached shards of an older build with a new manifest.</item>
/// <item><c>terms/N.json.gz</c>: <c>{"words": {token: list}, "grams": {token: list}}</c> for the tokens of shard N
/// (<see cref="TermShards"/>). A word's shard key is the word; a bigram's is its pinyin spelling
/// (<see cref="AnalysisTables.Spell"/>), so every bigram a typo could mean lies in the shard of the typo's spelling.</item>
/// <item><c>docs/N.json.gz</c>: the display data of playbooks N·chunk … N·chunk+chunk−1, in index order.</item>
/// </list>
/// <para>Precompressed gzip rather than plain files: most static hosts (a bucket, an intranet share) send files as they
/// are, so only bytes compressed at build time are small on the wire everywhere. Brotli would be smaller, but browsers'
/// <c>DecompressionStream</c> does not read it. A host that adds <c>Content-Encoding: gzip</c> itself gets the bytes
/// unpacked by the browser already; search.js then sees no gzip header and reads them as they are.</para>
/// </remarks>
internal static class ChunkedSearchData
{
    public const string Folder = "search/";
    public const string Manifest = Content.SitePaths.SearchIndex;
    public const int FormatVersion = 1;

    /// <summary>Playbooks per display chunk: ten hits fetch at most ten small files.</summary>
    public const int ChunkSize = 32;

    public static string TermShard(int shard) => $"{Folder}terms/{shard}.json.gz";

    public static string DocChunk(int chunk) => $"{Folder}docs/{chunk}.json.gz";

    /// <summary>Every file of the chunked search data: site-relative path and gzip bytes, manifest first.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Create(TermIndex index, Lexicon lexicon, RankingWeights weights,
        AnalysisTables tables, Func<Playbook, string> summaryOf)
    {
        var words = Encode(index.Words);
        var grams = Encode(index.Grams);
        var shardCount = TermShards.CountFor(words.Concat(grams).Sum(t => (long)t.Token.Length + t.List.Length));
        var files = new List<(string Path, byte[] Bytes)>();
        var wordShards = words.ToLookup(t => TermShards.Of(t.Token, shardCount));
        var gramShards = grams.ToLookup(t => TermShards.Of(tables.Spell(t.Token), shardCount));
        for (var shard = 0; shard < shardCount; shard++)
        {
            var (shardWords, shardGrams) = (wordShards[shard], gramShards[shard]);
            files.Add((TermShard(shard), Gzip(SearchDataJson.Write(json =>
            {
                json.WriteStartObject();
                WritePostings(json, "words", shardWords);
                WritePostings(json, "grams", shardGrams);
                json.WriteEndObject();
            }))));
        }
        foreach (var chunk in index.Playbooks.Chunk(ChunkSize))
        {
            files.Add((DocChunk(files.Count - shardCount), Gzip(SearchDataJson.Write(json =>
            {
                json.WriteStartArray();
                foreach (var playbook in chunk)
                    SearchDataJson.WriteDoc(json, playbook, summaryOf(playbook));
                json.WriteEndArray();
            }))));
        }

        var manifest = SearchDataJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            SearchDataJson.WriteRanking(json, weights);
            json.WriteNumber("count", index.Count);
            SearchDataJson.WriteFolders(json, index.Ranking.Folders);
            json.WriteStartArray("unwritten");
            for (var doc = 0; doc < index.Count; doc++)
            {
                if (!index.Playbooks[doc].IsWritten)
                    json.WriteNumberValue(doc);
            }
            json.WriteEndArray();
            WriteLengths(json, "words", index.Words);
            WriteLengths(json, "grams", index.Grams);
            json.WriteNumber("shards", shardCount);
            json.WriteNumber("chunk", ChunkSize);
            json.WriteString("fingerprint", Fingerprint(files));
            SearchDataJson.WriteAnalysis(json, lexicon, tables);
            json.WriteEndObject();
        });
        files.Insert(0, (Manifest, Gzip(manifest)));
        return files;
    }

    private static List<(string Token, string List)> Encode(TermTable table) =>
        table.Postings.Keys.Order(StringComparer.Ordinal).Select(t => (t, SearchDataJson.EncodePostings(table.Postings[t]))).ToList();

    private static void WritePostings(Utf8JsonWriter json, string name, IEnumerable<(string Token, string List)> postings)
    {
        json.WriteStartObject(name);
        foreach (var (token, list) in postings)
            json.WriteString(token, list);
        json.WriteEndObject();
    }

    private static void WriteLengths(Utf8JsonWriter json, string name, TermTable table)
    {
        json.WriteStartObject(name);
        SearchDataJson.WriteLengths(json, table);
        json.WriteEndObject();
    }

    /// <summary>The first 12 hex digits of a SHA-256 over every file's path and bytes.</summary>
    private static string Fingerprint(IEnumerable<(string Path, byte[] Bytes)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, bytes) in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(path + "\n"));
            hash.AppendData(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    /// <summary>Gzip at the smallest size: built once, downloaded by every reader. The header carries no time or name.</summary>
    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
            gzip.Write(bytes);
        return output.ToArray();
    }
}
