using Playbooks.Search.Analysis;

namespace Playbooks.Search.Tests.Analysis;

public sealed class PinyinSyllablesTests
{
    [Theory]
    [InlineData("putianxie", "pu tian xie")]
    [InlineData("maijiapaolu", "mai jia pao lu")]
    [InlineData("zhuangxiang", "zhuang xiang")]
    [InlineData("xian", "xian")] // one syllable beats xi|an
    [InlineData("fangan", "fang an")] // two either way: the longer first syllable wins over fan|gan
    [InlineData("nue", "nue")] // ü as the index spells it (虐 → nue)
    public void Splits_a_word_into_the_fewest_syllables_longer_first_on_a_tie(string word, string expected)
    {
        Assert.Equal(expected.Split(' '), PinyinSyllables.Split(word));
    }

    [Theory]
    [InlineData("refund")]
    [InlineData("app")]
    [InlineData("sku")]
    [InlineData("")]
    public void Gives_no_split_for_a_word_that_is_not_pinyin(string word)
    {
        Assert.Null(PinyinSyllables.Split(word));
    }

    [Fact]
    public void Lists_each_toneless_syllable_once_in_ordinal_order()
    {
        Assert.Equal(PinyinSyllables.All.Distinct().Order(StringComparer.Ordinal), PinyinSyllables.All);
        Assert.InRange(PinyinSyllables.All.Count, 395, 420);
        Assert.All(PinyinSyllables.All, s => Assert.Matches("^[a-z]{1,6}$", s));
    }
}
