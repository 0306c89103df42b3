using Playbooks.Search.Analysis;
using Playbooks.Site.Searching;

namespace Playbooks.Site.Tests.Searching;

public sealed class CharacterTablesTests
{
    [Fact]
    public void Traditional_to_simplified_pairs_come_from_the_normaliser()
    {
        var pairs = CharacterTables.TraditionalToSimplified(TextNormalizer.Shared);
        var map = Enumerable.Range(0, pairs.Length / 2).ToDictionary(i => pairs[2 * i], i => pairs[2 * i + 1]);

        Assert.Equal(0, pairs.Length % 2);
        Assert.Equal('组', map['組']);
        Assert.Equal('发', map['發']);
        Assert.Equal('群', map.GetValueOrDefault('群', '群'));
        Assert.DoesNotContain('群', map.Keys);
    }

    [Fact]
    public void Pinyin_groups_characters_by_reading_and_covers_gb2312()
    {
        var pinyin = CharacterTables.Pinyin(['龘', 'a']);

        Assert.Contains('截', pinyin["jie"]);
        Assert.Contains('节', pinyin["jie"]);
        Assert.DoesNotContain(pinyin.Values, v => v.Contains('組'));
        Assert.InRange(pinyin.Values.Sum(v => v.Length), 6700, 6800); // GB 2312's 6 763, plus the required 龘 ('a' is not Han)
        Assert.Contains('龘', pinyin.Values.SelectMany(v => v));
    }
}
