using Playbooks.Search.Analysis;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Querying;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Querying;

/// <summary>Which parts of a query are looked up by sound: typo bigrams, and Latin words that may be pinyin.</summary>
public sealed class QueryTermsTests : IDisposable
{
    private readonly Analyzer _analyzer = new(new Lexicon(
        new HashSet<string>(["刷屏", "退款"], StringComparer.Ordinal), [], new HashSet<string>(StringComparer.Ordinal), "test",
        english: new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["live"] = ["直播"], ["ban"] = ["封禁"], ["refund"] = ["退款"] }));

    public void Dispose() => _analyzer.Dispose();

    private IReadOnlyList<(string Bigram, string Pinyin)> Spellings(string query) =>
        QueryTerms.From(_analyzer.Analyze(query), _analyzer.Lexicon, 64, 128).Spellings;

    [Fact]
    public void Looks_up_a_latin_word_of_two_or_more_syllables_by_its_pinyin()
    {
        Assert.Contains(("kuaidi", "kuaidi"), Spellings("kuaidi 不揽收"));
        Assert.Equal([("tuikuan", "tuikuan")], Spellings("TuiKuan"));
    }

    [Fact]
    public void Reads_english_glossary_words_and_short_or_digit_words_as_english_not_pinyin()
    {
        Assert.Empty(Spellings("live ban refund bug app p0 sku2"));
    }

    [Fact]
    public void Looks_up_a_word_of_three_or_more_syllables_also_by_its_adjacent_syllable_pairs()
    {
        Assert.Equal([("putianxie", "putianxie"), ("putian", "putian"), ("tianxie", "tianxie")], Spellings("putianxie"));
    }

    [Fact]
    public void Looks_up_one_syllable_words_typed_apart_by_the_pairs_of_adjacent_words()
    {
        Assert.Equal([("maijia", "maijia"), ("jiapao", "jiapao"), ("paolu", "paolu")], Spellings("mai jia pao lu"));
    }

    [Fact]
    public void Reads_no_syllable_pairs_across_an_english_word_or_from_a_lone_syllable()
    {
        Assert.Empty(Spellings("ban ma"));
        Assert.Empty(Spellings("mai 刷屏"));
        Assert.Empty(Spellings("bug fix app"));
    }

    [Fact]
    public void Finds_the_playbook_whose_words_the_pinyin_spells_typed_whole_or_syllable_by_syllable()
    {
        using var kb = new TempKnowledgeBase();
        kb.WriteAll([
            new PlaybookText("putian-shoes", "买家收到莆田鞋要求退款") { Background = "买家投诉收到的球鞋是莆田鞋。" },
            new PlaybookText("seller-gone", "二手卖家跑路买家维权") { Background = "卖家收款后跑路，联系不上。" },
            new PlaybookText("courier-refused", "快递不揽收") { Background = "快递员拒绝上门揽收。" },
        ]);
        using var engine = kb.Open();

        Assert.Equal("putian-shoes", engine.Search("putianxie").Results[0].Id);
        Assert.Equal("seller-gone", engine.Search("mai jia pao lu").Results[0].Id);
    }

    [Fact]
    public void Marks_a_bigram_between_two_words_as_straddling_but_not_one_inside_a_word_or_beside_a_single_character()
    {
        var analyzed = _analyzer.Analyze("退款刷屏");
        Assert.Equal(["退款", "刷屏"], analyzed.Words.Select(t => t.Term));

        var terms = QueryTerms.From(analyzed, _analyzer.Lexicon, 64, 128);

        Assert.Equal(["款刷"], terms.StraddlingBigrams);
        Assert.Empty(QueryTerms.From(_analyzer.Analyze("退宽"), _analyzer.Lexicon, 64, 128).StraddlingBigrams);
    }

    [Fact]
    public void Looks_up_a_han_character_typed_on_its_own_as_a_word_only()
    {
        Assert.Empty(QueryTerms.From(_analyzer.Analyze("群"), _analyzer.Lexicon, 64, 128).Bigrams);
        Assert.Equal(["刷屏"], QueryTerms.From(_analyzer.Analyze("群 刷屏"), _analyzer.Lexicon, 64, 128).Bigrams);
        // Beside a Latin word the lone character is what a playbook writing "B站" indexes too.
        Assert.Contains("站", QueryTerms.From(_analyzer.Analyze("B站"), _analyzer.Lexicon, 64, 128).Bigrams);
    }

    [Fact]
    public void A_one_character_query_ranks_the_playbooks_about_it_above_one_that_has_it_alone_once()
    {
        using var kb = new TempKnowledgeBase();
        kb.WriteAll([
            new PlaybookText("price-error", "后台价格配错被抢购") { Background = "错价链接被转到羊毛 QQ 群 里，订单涌入。" },
            new PlaybookText("group-spam", "群里有人刷屏发广告") { Background = "新进群的小号在群里连发广告，群成员投诉。" },
            new PlaybookText("refund-wave", "退款申请集中涌来") { Background = "课程延期后用户集中申请退款。" },
        ]);
        using var engine = kb.Open();

        Assert.Equal("group-spam", engine.Search("群").Results[0].Id);
    }
}
