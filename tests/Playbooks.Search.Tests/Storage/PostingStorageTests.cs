using Playbooks.Search.Postings;
using Playbooks.Search.Storage;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Storage;

/// <summary>
/// The postings the index keeps in SQLite: their byte format, segments written per refresh, deleted playbooks'
/// postings skipped until compaction, and compaction itself. What users see: results always match the files.
/// </summary>
public sealed class PostingStorageTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = FixtureCorpus.Create();

    public void Dispose() => _kb.Dispose();

    private static string[] Ids(SearchEngine engine, string query) => engine.Search(query).Results.Select(r => r.Id).ToArray();

    [Fact]
    public void Posting_lists_round_trip_through_the_byte_format()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var rowId = 0L;
            var postings = new List<(long RowId, FieldCounts Counts)>();
            for (var i = random.Next(1, 50); i > 0; i--)
            {
                rowId += random.Next(1, round % 2 == 0 ? 5 : 5_000_000);
                var counts = new FieldCounts();
                for (var f = 0; f < FieldCounts.FieldCount; f++)
                    counts[f] = random.Next(3) == 0 ? (ushort)random.Next(1, ushort.MaxValue + 1) : (ushort)0;
                counts[random.Next(FieldCounts.FieldCount)] = (ushort)random.Next(1, 300);
                postings.Add((rowId, counts));
            }
            var denseOf = new RowNumbers(postings.Select(p => p.RowId).ToList());

            var decoded = new List<Posting>();
            PostingCodec.Decode(PostingCodec.Encode(postings), denseOf, decoded);

            Assert.Equal(postings.Count, decoded.Count);
            for (var i = 0; i < postings.Count; i++)
            {
                Assert.Equal(i, decoded[i].Doc);
                for (var f = 0; f < FieldCounts.FieldCount; f++)
                    Assert.Equal(postings[i].Counts[f], decoded[i].Counts[f]);
            }
        }
    }

    [Fact]
    public void Posting_lists_are_written_as_row_id_deltas_a_field_mask_and_counts()
    {
        // The bytes indexes already on disk hold: a build must keep writing exactly these.
        var first = new FieldCounts();
        first[0] = 1;
        var second = new FieldCounts();
        second[2] = 2;
        second[7] = 300;

        var bytes = PostingCodec.Encode([(3, first), (200, second)]);

        // 3 | mask 0000_0001 | 1 || delta 197 = C5 01 | mask 1000_0100 | 2 | 300 = AC 02
        Assert.Equal(new byte[] { 3, 0x01, 1, 0xC5, 0x01, 0x84, 2, 0xAC, 0x02 }, bytes);
        Assert.Empty(PostingCodec.Encode([]));
    }

    [Fact]
    public void Decoding_skips_postings_of_rows_that_are_no_longer_live()
    {
        var counts = new FieldCounts();
        counts[0] = 1;
        var bytes = PostingCodec.Encode([(3, counts), (9, counts), (12, counts)]);

        var decoded = new List<Posting>();
        PostingCodec.Decode(bytes, new RowNumbers([3, 12]), decoded);

        Assert.Equal([0, 1], decoded.Select(p => p.Doc));
    }

    [Theory]
    [InlineData(new byte[] { 0x83 })]             // a number cut short
    [InlineData(new byte[] { 0x05 })]             // a row id without its field mask
    [InlineData(new byte[] { 0x05, 0x01 })]       // a field mask without its count
    public void Damaged_posting_bytes_are_reported_not_misread(byte[] bytes)
    {
        Assert.Throws<InvalidDataException>(() => PostingCodec.Decode(bytes, new RowNumbers([]), []));
    }

    [Fact]
    public void A_playbook_edited_many_times_is_found_only_by_its_current_text_and_segments_stay_bounded()
    {
        using var engine = _kb.Open();
        for (var edit = 0; edit < 45; edit++)
        {
            _kb.Write(FixtureCorpus.PriceError with { Background = $"第{edit}次修改：优惠券面额填成了{edit}元，被羊毛党抢光。" });
            engine.Refresh();
            Assert.Equal(["price-error"], Ids(engine, "羊毛党"));
        }

        Assert.InRange(Segments().Count, 1, 17);
        Assert.Equal(6, engine.Count());
        Assert.Equal(["price-error"], Ids(engine, "羊毛党 优惠券面额"));
        // Earlier versions' postings were dropped or are skipped: the old text finds nothing.
        Assert.Empty(Ids(engine, "九块九"));
    }

    [Fact]
    public void Deleted_playbooks_never_appear_even_before_compaction()
    {
        using var engine = _kb.Open();
        _kb.Delete(FixtureCorpus.DamagedParcel.FileName);

        engine.Refresh();

        Assert.Empty(Ids(engine, "外箱破损"));
        Assert.Equal(5, engine.Count());
    }

    [Fact]
    public void Touching_a_file_without_changing_it_reindexes_nothing()
    {
        _kb.Open().Dispose();
        var path = Path.Combine(_kb.Root, FixtureCorpus.BotFlood.FileName);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-10));

        using (var engine = _kb.Open())
            Assert.Equal((0, 0, 0, 6), (engine.LastRefresh.Added, engine.LastRefresh.Updated, engine.LastRefresh.Removed, engine.LastRefresh.Unchanged));
        using (var again = _kb.Open())
            Assert.False(again.LastRefresh.Changed);
    }

    [Fact]
    public void An_edit_that_keeps_the_file_size_is_still_seen()
    {
        var path = Path.Combine(_kb.Root, FixtureCorpus.PriceError.FileName);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-10));
        _kb.Open().Dispose();
        var text = File.ReadAllText(path);
        Assert.Contains("九块九", text);

        File.WriteAllText(path, text.Replace("九块九", "八块八")); // same length in UTF-8
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-5));

        using var engine = _kb.Open();
        Assert.Equal(1, engine.LastRefresh.Updated);
        Assert.Equal(["price-error"], Ids(engine, "八块八"));
    }

    [Fact]
    public void An_unchanged_guide_is_not_read_again_and_an_edited_one_becoming_a_playbook_is_indexed()
    {
        var guide = _kb.Write("guides/welcome.md", Guide("群规入门"));
        File.SetLastWriteTimeUtc(guide, DateTime.UtcNow.AddMinutes(-10));
        foreach (var playbook in FixtureCorpus.All)
            File.SetLastWriteTimeUtc(Path.Combine(_kb.Root, playbook.FileName), DateTime.UtcNow.AddMinutes(-10));
        _kb.Open().Dispose();
        var generation = Generation();

        using (var again = _kb.Open())
            Assert.False(again.LastRefresh.Changed);
        Assert.Equal(generation, Generation()); // nothing was written: the guide was recognised by its stamp

        _kb.Write("guides/welcome.md", Guide("群规入门").Replace("kind: guide\n", ""));
        using var engine = _kb.Open();
        Assert.Equal(1, engine.LastRefresh.Added);
        Assert.Contains("welcome", engine.Ids());
    }

    private static string Guide(string title) =>
        $"---\nid: welcome\ntitle: {title}\nkind: guide\norder: 1\ncategory: 入门指南\nowner: 培训\nupdated: 2026-11-01\n---\n\n" +
        "## 背景\n\n新人入群先读群规。\n\n## 风险源头\n\n不读群规。\n\n## 激化情况\n\n被踢出群。\n\n## 处理方法\n\n1. 读群规。\n2. 问助教。\n\n## 复盘反思\n\n入群就发群规。\n";

    [Fact]
    public void Many_small_refreshes_are_merged_without_rewriting_the_initial_build()
    {
        using var engine = _kb.Open();
        var baseSegments = Segments();
        for (var i = 0; i < 24; i++)
        {
            _kb.Write(new PlaybookText($"kite-{i}", $"第{i}个风筝缠住了直播间的麦克风") { Background = $"风筝线编号{i}缠住麦克风。" });
            engine.Refresh();
        }

        var segments = Segments();
        Assert.InRange(segments.Count, baseSegments.Count + 1, baseSegments.Count + 17);
        Assert.All(baseSegments, s => Assert.Contains(s, segments)); // the initial build's segments were left alone
        Assert.Equal(30, engine.Count());
        Assert.Equal("kite-0", Ids(engine, "风筝线编号0")[0]);
        Assert.Equal("kite-23", Ids(engine, "第23个风筝")[0]);
    }

    /// <summary>The distinct segment numbers in the postings table.</summary>
    private List<long> Segments()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_kb.IndexPath};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT segment FROM postings ORDER BY segment";
        using var reader = command.ExecuteReader();
        var segments = new List<long>();
        while (reader.Read())
            segments.Add(reader.GetInt64(0));
        return segments;
    }

    private string Generation()
    {
        using var store = IndexStore.Open(_kb.IndexPath);
        return store.ReadMeta("generation")!;
    }

    [Fact]
    public void A_query_answers_the_same_whatever_earlier_queries_loaded_into_memory()
    {
        var index = Path.Combine(Path.GetDirectoryName(_kb.IndexPath)!, "bundled.sqlite");
        using var forwards = SearchEngine.Open(RepositoryPaths.Playbooks, index);
        var ids = forwards.Ids();
        var inOrder = ids.ToDictionary(id => id, id => Similar(forwards, id));
        using var backwards = SearchEngine.Open(RepositoryPaths.Playbooks, index);

        foreach (var id in ids.Reverse())
            Assert.Equal(inOrder[id], Similar(backwards, id));
    }

    private static string Similar(SearchEngine engine, string id) =>
        string.Join(" ", engine.Similar(id, 5).Results.Select(r => $"{r.Id}:{r.Score}"));
}
