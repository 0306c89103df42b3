using Playbooks.Search.Analysis;
using Playbooks.Search.Querying;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Indexing;

/// <summary>
/// Words learned from the playbooks follow the files like everything else, and a change of them costs only the
/// playbooks that contain the word.
/// </summary>
public sealed class LearnedWordRefreshTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = FixtureCorpus.Create(synonyms: "");

    public void Dispose() => _kb.Dispose();

    private static WordOrigin[] Origins(SearchEngine engine, string text) =>
        AnalysisPreview.Of(engine.Analyzer, text).Words.Select(w => w.Origin).ToArray();

    [Fact]
    public void A_new_tag_becomes_a_word_for_queries_and_only_the_playbooks_containing_it_are_analysed_again()
    {
        _kb.Write(FixtureCorpus.BotFlood with { Background = "凌晨群里涌进一批新号，几分钟内连续刷屏发广告链接，发完就秒删。" });
        using (var first = _kb.Open())
            Assert.DoesNotContain(WordOrigin.Learned, Origins(first, "秒删"));

        _kb.Write(new PlaybookText("nickname-spam", "成员改昵称冒充官方") { Tags = ["秒删"], Background = "有人发完广告链接就秒删，管理员来不及截图。" });
        using var engine = _kb.Open();

        Assert.Equal(1, engine.LastRefresh.Added);
        Assert.Equal(1, engine.LastRefresh.Reanalysed); // bot-flood mentions the word; the other five do not
        Assert.Equal([WordOrigin.Learned], Origins(engine, "秒删"));
        Assert.Equal(["bot-flood", "nickname-spam"], engine.Search("秒删").Results.Select(r => r.Id).Order());
    }

    [Fact]
    public void Removing_the_only_playbook_that_taught_a_word_forgets_it()
    {
        _kb.Write(new PlaybookText("nickname-spam", "成员改昵称冒充官方") { Tags = ["秒删"] });
        using (var first = _kb.Open())
            Assert.Equal([WordOrigin.Learned], Origins(first, "秒删"));

        _kb.Delete("nickname-spam.md");
        using var engine = _kb.Open();

        Assert.DoesNotContain(WordOrigin.Learned, Origins(engine, "秒删"));
    }

    [Fact]
    public void An_edit_that_teaches_no_new_word_analyses_nothing_else_again()
    {
        _kb.Open().Dispose();
        _kb.Write(FixtureCorpus.PriceError with { Retrospective = "上架前双人核对价格。" });

        using var engine = _kb.Open();

        Assert.Equal((1, 0), (engine.LastRefresh.Updated, engine.LastRefresh.Reanalysed));
    }
}
