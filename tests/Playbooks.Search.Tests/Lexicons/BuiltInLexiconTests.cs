using Playbooks.Search.Analysis;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Lexicons;

/// <summary>The base lexicon shipped in the tool: what a team without any lexicon of its own gets.</summary>
public sealed class BuiltInLexiconTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    public void Loads_without_findings()
    {
        var lexicon = LexiconLoader.Load(_kb.Root, TextNormalizer.Shared);

        Assert.Empty(lexicon.Findings);
    }

    [Fact]
    public void Gives_a_knowledge_base_without_lexicon_folder_stop_words_synonyms_and_english()
    {
        using var analyzer = new Analyzer(LexiconLoader.Load(_kb.Root, TextNormalizer.Shared));

        Assert.Equal(analyzer.Words("退款"), analyzer.Words("突然退钱怎么办"));
        Assert.Equal(analyzer.Words("投诉"), analyzer.Words("吐槽"));
        Assert.Contains(analyzer.Words("客服")[0], analyzer.Words("CS 排队爆了"));
        Assert.Contains(analyzer.Words("封禁")[0], analyzer.Words("直播被 ban 了"));
    }

    [Fact]
    public void Gives_operators_in_other_domains_the_playbooks_wording_for_their_colloquial_words()
    {
        using var analyzer = new Analyzer(LexiconLoader.Load(_kb.Root, TextNormalizer.Shared));

        // Moderation: the filler 全是 is dropped, the slang meets the formal wording.
        Assert.Equal(analyzer.Words("评论区色情广告"), analyzer.Words("评论区全是黄色小广告"));
        Assert.Equal(analyzer.Words("审核员受贿"), analyzer.Words("审核员收黑钱"));
        // Game communities, local services, after-sales, paid courses.
        Assert.Equal(analyzer.Words("外挂"), analyzer.Words("全都开挂了"));
        Assert.Equal(analyzer.Words("骑手配送超时"), analyzer.Words("外送员送晚了"));
        Assert.Equal(analyzer.Words("商家假货"), analyzer.Words("店家全是高仿"));
        Assert.Equal(analyzer.Words("保修"), analyzer.Words("保固"));
        Assert.Equal(analyzer.Words("学员群"), analyzer.Words("班级群"));
        // A platform name whose pieces are stop words (了, 么) survives whole.
        Assert.NotEmpty(analyzer.Words("饿了么"));
    }

    [Fact]
    public void Gives_a_users_complaint_without_the_key_term_the_playbooks_wording()
    {
        using var analyzer = new Analyzer(LexiconLoader.Load(_kb.Root, TextNormalizer.Shared));

        Assert.Contains(analyzer.Words("未到账")[0], analyzer.Words("钱没到，客服找不到人"));
        Assert.Contains(analyzer.Words("联系不上")[0], analyzer.Words("钱没到，客服找不到人"));
        Assert.Contains(analyzer.Words("重复扣款")[0], analyzer.Words("一笔订单扣了两次"));
        Assert.Contains(analyzer.Words("提现失败")[0], analyzer.Words("余额里的钱提不出来"));
        Assert.Contains(analyzer.Words("扫码失败")[0], analyzer.Words("门口刷不了码"));
        Assert.Contains(analyzer.Words("爆线")[0], analyzer.Words("热线电话被打爆"));
        Assert.Contains(analyzer.Words("物流停滞")[0], analyzer.Words("快递不动好几天"));
    }

    // What operators type in the first minutes of an incident, in everyday words or with a typo.
    [Theory]
    [InlineData("崩溃", "App又奔溃了")]
    [InlineData("卡顿", "直播间卡成PPT")]
    [InlineData("羊毛党", "新人券被薅秃了")]
    [InlineData("限流", "视频发出去零播放")]
    [InlineData("支付失败", "收银台付不了钱")]
    [InlineData("投诉", "用户去投述了")]
    [InlineData("充值", "冲值没到账")]
    [InlineData("沉寂", "群里一直冷场")]
    [InlineData("标错价", "上架时小数点点错了")]
    [InlineData("爆线", "今天客服进线暴增")]
    [InlineData("上错链接", "主播讲A款却挂错链接")]
    [InlineData("崩了", "活动一开始服务器挂了")]
    public void Gives_live_incident_slang_and_common_typos_the_playbooks_wording(string playbookWord, string operatorSentence)
    {
        using var analyzer = new Analyzer(LexiconLoader.Load(_kb.Root, TextNormalizer.Shared));

        Assert.Contains(analyzer.Words(playbookWord)[0], analyzer.Words(operatorSentence));
    }

    [Fact]
    public void Keeps_a_renewal_the_user_did_not_notice_apart_from_an_unexplained_charge()
    {
        using var analyzer = new Analyzer(LexiconLoader.Load(_kb.Root, TextNormalizer.Shared));

        // Look-alike incidents with different playbooks stay in different groups.
        Assert.NotEqual(analyzer.Words("莫名扣费"), analyzer.Words("自动续费"));
    }

    [Fact]
    public void Keeps_a_riders_mistake_apart_from_a_customers_and_a_couriers()
    {
        using var analyzer = new Analyzer(LexiconLoader.Load(_kb.Root, TextNormalizer.Shared));

        // Whose fault it is decides the playbook: the rider's wrong door or the customer's wrong address; a rider
        // marking a meal delivered early or a parcel signed for by someone else.
        Assert.NotEqual(analyzer.Words("送错地址"), analyzer.Words("地址填错"));
        Assert.NotEqual(analyzer.Words("虚假送达"), analyzer.Words("虚假签收"));
    }

    [Fact]
    public void Glosses_the_english_operators_mix_into_incident_reports()
    {
        using var analyzer = new Analyzer(LexiconLoader.Load(_kb.Root, TextNormalizer.Shared));

        Assert.Contains(analyzer.Words("宕机")[0], analyzer.Words("服务器 down 了"));
        Assert.Contains(analyzer.Words("排队")[0], analyzer.Words("客服 queue 爆了"));
        Assert.Contains(analyzer.Words("辟谣")[0], analyzer.Words("要不要 debunk"));
        Assert.Contains(analyzer.Words("供应商")[0], analyzer.Words("vendor 发错货"));
        Assert.Contains(analyzer.Words("报错")[0], analyzer.Words("下单页一直 error"));
        Assert.Contains(analyzer.Words("客服")[0], analyzer.Words("kf 电话打不通"));
    }

    [Fact]
    public void Never_lists_a_stop_word_as_a_domain_word_or_synonym()
    {
        var lexicon = LexiconLoader.Load(_kb.Root, TextNormalizer.Shared);

        // A stop word is removed before synonyms are folded, so a word in both would silently never match.
        Assert.Empty(lexicon.StopWords.Where(lexicon.Words.Contains).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Lists_each_domain_word_once()
    {
        // The loader forgives a base word repeated (a team may repeat one); the base file itself should not.
        var lines = System.Text.Encoding.UTF8.GetString(BaseLexicon.BuiltIn.File(LexiconLoader.WordsFile)!).Split('\n')
            .Select(line => line.Split('#')[0].Trim().ToLowerInvariant())
            .Where(word => word.Length > 0);

        Assert.Empty(lines.GroupBy(w => w).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Glosses_english_only_with_whole_chinese_words()
    {
        var lexicon = LexiconLoader.Load(_kb.Root, TextNormalizer.Shared);

        // A single character (群, 课) would match half the knowledge base.
        Assert.All(lexicon.English, e => Assert.All(e.Value, gloss => Assert.True(gloss.Length >= 2, $"{e.Key} = {gloss}")));
    }
}
