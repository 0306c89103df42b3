using Playbooks.Core.Authoring;
using Playbooks.Core.Model;
using Playbooks.Search.Analysis;
using Playbooks.Search.Authoring;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Authoring;

public sealed class PinyinIdSuggesterTests : IDisposable
{
    private readonly PinyinIdSuggester _bundled = new(LexiconLoader.Load(Path.Combine(RepositoryPaths.Root, "playbooks"), TextNormalizer.Shared));

    public void Dispose() => _bundled.Dispose();

    [Theory]
    [InlineData("App 或服务宕机打不开，用户涌进群和客服集中投诉", "app-fuwu-dangji-dabukai")]
    [InlineData("直播间突然黑屏的一次复盘", "zhibojian-heiping-yici-fupan")]
    [InlineData("KOL 翻车：品牌被带节奏", "kol-fanche-pinpai-daijiezou")]
    [InlineData("大促价格设置错误，被大量下单", "dacu-jiage-shezhi-cuowu")]
    public void Spells_the_first_words_of_the_title_in_pinyin(string title, string id)
    {
        Assert.Equal(id, _bundled.Suggest(title));
    }

    [Fact]
    public void Drops_the_lexicons_stop_words_and_keeps_its_domain_words_whole()
    {
        // 突然 and 有人 are stop words; 冒充 and 助教 stay words rather than single syllables.
        Assert.Equal("qun-maochong-zhujiao-famingpian", _bundled.Suggest("群里突然有人冒充助教发名片拉人"));
    }

    [Fact]
    public void Reads_Traditional_titles_as_Simplified()
    {
        Assert.Equal(_bundled.Suggest("新学员在群里抱怨课程没有干货"), _bundled.Suggest("新學員在群裡抱怨課程沒有乾貨"));
    }

    [Theory]
    [InlineData("竞品小号混进 0 元体验课群，冒充老师刷屏推名片抢学员")]
    [InlineData("🔥🔥")]
    [InlineData("１２３")]
    [InlineData("a")]
    public void Always_suggests_an_id_lint_accepts(string title)
    {
        var id = _bundled.Suggest(title);

        Assert.True(PlaybookId.IsValid(id), id);
        Assert.InRange(id.Length, 1, IdSlug.MaxLength);
    }

    [Fact]
    public void Works_without_a_lexicon()
    {
        using var plain = new PinyinIdSuggester(Lexicon.Empty);

        Assert.Equal("zhibo-jian-hei-ping", plain.Suggest("直播间黑屏")); // ICU alone cuts 直播|间|黑|屏
    }
}
