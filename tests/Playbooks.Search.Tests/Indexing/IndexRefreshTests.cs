using Playbooks.Search.Indexing;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Indexing;

/// <summary>
/// The index follows the files with no manual step: each <see cref="SearchEngine.Open"/> (what every CLI command
/// does) or <see cref="SearchEngine.Refresh"/> re-indexes exactly what changed.
/// </summary>
public sealed class IndexRefreshTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = FixtureCorpus.Create(synonyms: "");

    public void Dispose() => _kb.Dispose();

    private static (int Added, int Updated, int Removed, int Unchanged, bool Rebuilt) Counts(RefreshReport report) =>
        (report.Added, report.Updated, report.Removed, report.Unchanged, report.Rebuilt);

    private static string[] Ids(SearchEngine engine, string query) => engine.Search(query).Results.Select(r => r.Id).ToArray();

    [Fact]
    public void First_open_indexes_every_playbook()
    {
        using var engine = _kb.Open();

        Assert.Equal((6, 0, 0, 0, true), Counts(engine.LastRefresh));
        Assert.Empty(engine.LastRefresh.Notices);
        Assert.Empty(engine.LastRefresh.Skipped);
        Assert.Equal(6, engine.Count());
    }

    [Fact]
    public void Second_open_without_changes_reindexes_nothing()
    {
        _kb.Open().Dispose();

        using var engine = _kb.Open();

        Assert.Equal((0, 0, 0, 6, false), Counts(engine.LastRefresh));
        Assert.False(engine.LastRefresh.Changed);
        Assert.Empty(engine.LastRefresh.Notices);
    }

    [Fact]
    public void Editing_one_file_reindexes_only_that_file_and_the_next_search_sees_the_edit()
    {
        _kb.Open().Dispose();
        _kb.Write(FixtureCorpus.PriceError with { Background = "运营把优惠券面额填错，一晚上被薅走上千张。" });

        using var engine = _kb.Open();

        Assert.Equal((0, 1, 0, 5, false), Counts(engine.LastRefresh));
        Assert.Equal(["price-error"], Ids(engine, "优惠券面额"));
        Assert.Empty(Ids(engine, "九块九"));
    }

    [Fact]
    public void Refresh_on_an_open_engine_picks_up_an_edit()
    {
        using var engine = _kb.Open();
        _kb.Write(FixtureCorpus.WritingPractice with { Risk = "直播回放没有字幕，学员看不懂。" });

        var report = engine.Refresh();

        Assert.Equal((0, 1, 0, 5, false), Counts(report));
        Assert.Equal(["writing-practice"], Ids(engine, "直播回放字幕"));
    }

    [Fact]
    public void Deleting_a_file_removes_it_from_results()
    {
        _kb.Open().Dispose();
        _kb.Delete(FixtureCorpus.DamagedParcel.FileName);

        using var engine = _kb.Open();

        Assert.Equal((0, 0, 1, 5, false), Counts(engine.LastRefresh));
        Assert.Empty(Ids(engine, "外箱破损"));
        Assert.DoesNotContain("damaged-parcel", engine.Ids());
    }

    [Fact]
    public void Adding_a_file_indexes_only_that_file()
    {
        _kb.Open().Dispose();
        _kb.Write(new PlaybookText("live-stream-accident", "直播中主播说错话") { Background = "主播在直播间口误说错了优惠价格。" });

        using var engine = _kb.Open();

        Assert.Equal((1, 0, 0, 6, false), Counts(engine.LastRefresh));
        Assert.Equal(["live-stream-accident"], Ids(engine, "主播口误"));
    }

    [Fact]
    public void Moving_a_file_to_another_folder_keeps_its_playbook_searchable()
    {
        _kb.Open().Dispose();
        _kb.Delete(FixtureCorpus.PriceError.FileName);
        _kb.Write("ecommerce/" + FixtureCorpus.PriceError.FileName, FixtureCorpus.PriceError.ToString());

        using var engine = _kb.Open();

        Assert.Equal((1, 0, 1, 5, false), Counts(engine.LastRefresh));
        var hit = Assert.Single(engine.Search("九块九").Results);
        Assert.Equal(("price-error", "ecommerce/price-error.md"), (hit.Id, hit.Path));
    }

    [Fact]
    public void Changing_the_lexicon_reindexes_everything_and_changes_results_on_the_next_open()
    {
        using (var before = _kb.Open())
            Assert.Empty(Ids(before, "返米"));
        _kb.WriteLexicon("synonyms.txt", "退费 返米\n"); // 返米: slang no built-in list has

        using var engine = _kb.Open();

        Assert.Equal((6, 0, 0, 0, true), Counts(engine.LastRefresh));
        Assert.Equal(["词表已变更，正在重建全部索引…"], engine.LastRefresh.Notices);
        Assert.Equal(["refund-request"], Ids(engine, "返米"));
    }

    [Fact]
    public void Refresh_on_an_open_engine_picks_up_a_lexicon_change()
    {
        using var engine = _kb.Open();
        Assert.Empty(Ids(engine, "返米"));
        _kb.WriteLexicon("synonyms.txt", "退费 返米\n"); // 返米: slang no built-in list has

        var report = engine.Refresh();

        Assert.Equal((6, 0, 0, 0, true), Counts(report));
        Assert.Equal(["refund-request"], Ids(engine, "返米"));
    }

    [Fact]
    public void A_new_playbook_with_missing_sections_is_searchable_all_the_same()
    {
        _kb.Write("broken.md", "---\nid: broken\ntitle: 写了一半的预案\n---\n\n## 背景\n\n群里量子纠缠。\n");

        using var engine = _kb.Open();

        Assert.Empty(engine.LastRefresh.Skipped);
        Assert.Equal(7, engine.Count());
        Assert.Equal(["broken"], Ids(engine, "量子纠缠"));
    }

    [Fact]
    public void A_new_file_without_a_single_section_is_skipped_with_a_warning_and_search_still_works()
    {
        var path = _kb.Write("broken.md", "---\nid: broken\ntitle: 写了一半的预案\n");

        using var engine = _kb.Open();

        var skipped = Assert.Single(engine.LastRefresh.Skipped);
        var reason = skipped.Errors.First(e => e.IsError);
        // The warning says why, where lint would: the file (and line) and the first error's message.
        Assert.Equal($"警告：已跳过 {path}{(reason.Line > 0 ? $":{reason.Line}" : "")}：{reason.Message}；运行 `playbooks lint` 查看问题", skipped.Warning);
        Assert.False(skipped.KeptLastGood);
        Assert.Equal(6, engine.Count());
        Assert.Equal("bot-flood", Ids(engine, "机器人号刷屏")[0]);
    }

    [Fact]
    public void A_playbook_saved_half_way_keeps_answering_with_its_last_good_version()
    {
        _kb.Open().Dispose();
        var path = _kb.Write(FixtureCorpus.PriceError.FileName, "---\nid: price-error\ntitle: 量子纠缠\n");

        using var engine = _kb.Open();

        var skipped = Assert.Single(engine.LastRefresh.Skipped);
        Assert.Equal($"警告：{path} 无法读取，检索暂用它上一个有效版本；运行 `playbooks lint` 查看问题", skipped.Warning);
        Assert.True(skipped.KeptLastGood);
        Assert.Equal(["price-error"], Ids(engine, "九块九"));
        Assert.Empty(Ids(engine, "量子纠缠"));
    }

    [Fact]
    public void A_playbook_with_an_unknown_severity_is_indexed_and_counted_for_the_lint_note()
    {
        _kb.Open().Dispose();
        _kb.Write(FixtureCorpus.PriceError.FileName, FixtureCorpus.PriceError.ToString().Replace("severity: 中", "severity: 超高") + "\n量子纠缠\n");

        using var engine = _kb.Open();

        Assert.Empty(engine.LastRefresh.Skipped);
        Assert.Equal(["price-error"], Ids(engine, "量子纠缠"));
        var hit = engine.Search("量子纠缠").Results[0];
        Assert.Equal((null, "超高", "超高（未定级）"), (hit.Severity, hit.SeverityLabel, hit.SeverityText));
        Assert.Equal(1, engine.LastRefresh.MetadataProblems);
        Assert.Equal("1 个预案的元数据有问题，运行 playbooks lint 查看", engine.LastRefresh.MetadataNote);
    }

    [Fact]
    public void Severity_labels_from_playbooks_yml_apply_and_a_change_to_it_reindexes()
    {
        _kb.Write(FixtureCorpus.PriceError.FileName, FixtureCorpus.PriceError.ToString().Replace("severity: 中", "severity: 紫色"));
        _kb.Open().Dispose();
        _kb.Write("playbooks.yml", "severity: { 紫色: 高 }\n");

        using var engine = _kb.Open();

        Assert.True(engine.LastRefresh.Rebuilt);
        Assert.Equal("团队设置 playbooks.yml 已变更，正在重建全部索引…", Assert.Single(engine.LastRefresh.Notices));
        var hit = engine.Search("九块九").Results[0];
        Assert.Equal(("高", "紫色"), (hit.Severity, hit.SeverityText));
        Assert.Equal(0, engine.LastRefresh.MetadataProblems);
    }

    [Fact]
    public void A_broken_playbook_is_reported_again_on_every_open_until_fixed()
    {
        _kb.Open().Dispose();
        _kb.Write(FixtureCorpus.PriceError.FileName, "---\nid: price-error\n");
        _kb.Open().Dispose();

        using var engine = _kb.Open();

        Assert.Equal("price-error.md", Path.GetFileName(Assert.Single(engine.LastRefresh.Skipped).Path));
        Assert.Equal(["price-error"], Ids(engine, "九块九"));
    }

    [Fact]
    public void Fixing_a_broken_playbook_indexes_the_fixed_version()
    {
        _kb.Open().Dispose();
        _kb.Write(FixtureCorpus.PriceError.FileName, "---\nid: price-error\n");
        _kb.Open().Dispose();
        _kb.Write(FixtureCorpus.PriceError with { Background = "秒杀价格少写了一个零。" });

        using var engine = _kb.Open();

        Assert.Empty(engine.LastRefresh.Skipped);
        Assert.Equal((0, 1, 0, 5, false), Counts(engine.LastRefresh));
        Assert.Equal(["price-error"], Ids(engine, "秒杀"));
    }

    [Fact]
    public void A_duplicate_id_in_a_second_file_gets_an_id_of_its_own_and_both_answer()
    {
        _kb.Open().Dispose();
        _kb.Write("copies/price-error-copy.md", (FixtureCorpus.PriceError with { Background = "复制出来的另一份量子纠缠。" }).ToString());

        using var engine = _kb.Open();

        Assert.Empty(engine.LastRefresh.Skipped);
        Assert.Equal(["price-error-copy"], Ids(engine, "量子纠缠"));
        Assert.Equal("price-error", Ids(engine, "九块九")[0]);
        Assert.Equal(2, engine.LastRefresh.MetadataProblems); // both files, as lint warns both (duplicate-id)
    }

    [Fact]
    public void Files_outside_the_playbook_set_are_not_indexed()
    {
        _kb.Write("README.md", "# 说明\n\n刷屏\n");
        _kb.Write("_drafts/draft-one.md", new PlaybookText("draft-one", "草稿刷屏").ToString());
        _kb.Write(".cache/cached.md", new PlaybookText("cached", "缓存刷屏").ToString());

        using var engine = _kb.Open();

        Assert.Equal(6, engine.Count());
    }
}
