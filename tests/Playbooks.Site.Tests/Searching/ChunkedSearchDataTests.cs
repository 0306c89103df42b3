using System.Text.Json.Nodes;
using Playbooks.Site.Content;
using Playbooks.Site.Searching;
using Playbooks.Site.Tests.Support;
using static Playbooks.Site.Tests.Support.SearchFiles;

namespace Playbooks.Site.Tests.Searching;

/// <summary>
/// The chunked search data (search/) holds exactly what the single search-data.js holds, split so a browser can fetch
/// only the parts a query needs: parity with the CLI then rests on the same data, whichever form a page loads.
/// </summary>
public sealed class ChunkedSearchDataTests(Sites sites)
{
    [Fact]
    public async Task Manifest_carries_every_count_and_length_bm25_needs_as_the_whole_index_does()
    {
        var site = await sites.Bundled;
        var whole = WholeIndex(site);
        var manifest = Read(site, SitePaths.SearchIndex);

        Assert.Equal(whole["docs"]!.AsArray().Count, (int)manifest["count"]!);
        Assert.True(JsonNode.DeepEquals(whole["words"]!["lengths"], manifest["words"]!["lengths"]));
        Assert.True(JsonNode.DeepEquals(whole["grams"]!["lengths"], manifest["grams"]!["lengths"]));
        foreach (var key in new[] { "ranking", "lexicon", "t2s", "pinyin", "fields" })
            Assert.True(JsonNode.DeepEquals(whole[key], manifest[key]), key);
        var unwritten = whole["docs"]!.AsArray().Select((d, i) => ((int)d![7]!, i)).Where(x => x.Item1 == 1).Select(x => x.i);
        Assert.Equal(unwritten, manifest["unwritten"]!.AsArray().Select(n => (int)n!));
    }

    [Fact]
    public async Task Every_posting_list_is_in_the_shard_its_key_hashes_to_and_nowhere_else()
    {
        var site = await sites.Bundled;
        var whole = WholeIndex(site);
        var manifest = Read(site, SitePaths.SearchIndex);
        var shards = (int)manifest["shards"]!;
        var spelling = Spelling(manifest);

        foreach (var table in new[] { "words", "grams" })
        {
            var found = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var shard = 0; shard < shards; shard++)
            {
                foreach (var (token, list) in Read(site, ChunkedSearchData.TermShard(shard))[table]!.AsObject())
                {
                    var key = table == "words" ? token : spelling(token);
                    Assert.True(TermShards.Of(key, shards) == shard, $"{table} {token} (key {key}) is in shard {shard}");
                    Assert.True(found.TryAdd(token, (string)list!), $"{table} {token} is in two shards");
                }
            }
            var expected = whole[table]!["postings"]!.AsObject().ToDictionary(kv => kv.Key, kv => (string)kv.Value!, StringComparer.Ordinal);
            Assert.Equal(expected.OrderBy(kv => kv.Key, StringComparer.Ordinal), found.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Display_chunks_hold_every_playbook_in_index_order()
    {
        var site = await sites.Bundled;
        var docs = WholeIndex(site)["docs"]!.AsArray();
        var manifest = Read(site, SitePaths.SearchIndex);
        var size = (int)manifest["chunk"]!;

        var chunked = Enumerable.Range(0, (docs.Count + size - 1) / size)
            .SelectMany(chunk => Read(site, ChunkedSearchData.DocChunk(chunk)).AsArray())
            .ToList();

        Assert.Equal(docs.Count, chunked.Count);
        Assert.All(Enumerable.Range(0, docs.Count), i => Assert.True(JsonNode.DeepEquals(docs[i], chunked[i]), $"playbook {i}"));
        Assert.False(site.Exists(ChunkedSearchData.DocChunk(chunked.Count / size + 1)));
    }

    [Fact]
    public async Task A_shard_is_a_small_part_of_the_index()
    {
        var site = await sites.Bundled;
        var manifest = Read(site, SitePaths.SearchIndex);
        var shards = (int)manifest["shards"]!;
        var sizes = Enumerable.Range(0, shards).Select(s => new FileInfo(site.PathOf(ChunkedSearchData.TermShard(s))).Length).ToList();

        Assert.True(shards >= 8, $"{shards} shards for the bundled playbooks");
        Assert.True(sizes.Max() < site.Result.SearchDataBytes / 8, $"largest shard {sizes.Max()} B of a {site.Result.SearchDataBytes} B index");
    }

    [Fact]
    public void Shard_hash_is_fnv1a_over_utf16_units()
    {
        // Reference values of 32-bit FNV-1a (search.js's shardOf computes the same with Math.imul).
        Assert.Equal((int)(0xE40C292Cu % 4096), TermShards.Of("a", 4096));
        Assert.Equal((int)(0x811C9DC5u % 1000), TermShards.Of("", 1000));
        Assert.Equal(0, TermShards.Of("退款", 1));
    }

    [Fact]
    public void Shard_count_grows_with_the_index_in_powers_of_two()
    {
        Assert.Equal(1, TermShards.CountFor(0));
        Assert.Equal(1, TermShards.CountFor(TermShards.TargetShardChars));
        Assert.Equal(2, TermShards.CountFor(TermShards.TargetShardChars + 1));
        Assert.Equal(1024, TermShards.CountFor(1000L * TermShards.TargetShardChars));
        Assert.Equal(TermShards.MaxShards, TermShards.CountFor(long.MaxValue / 2));
    }
}
