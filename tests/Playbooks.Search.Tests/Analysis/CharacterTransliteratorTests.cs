using Playbooks.Search.Analysis;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Analysis;

/// <summary>
/// The cached tables must give exactly what ICU gives: a difference would make an index built with the tables
/// disagree with queries analysed without them (or by another machine).
/// </summary>
public sealed class CharacterTransliteratorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>ICU's own transliterator, asked directly through icu.net.</summary>
    private static global::Icu.Transliterator Icu(string id)
    {
        IcuRuntime.EnsureInitialised();
        return global::Icu.Transliterator.CreateInstance(id);
    }

    /// <summary>Traditional, Simplified, polyphonic, CJK Extension A and Compatibility ideographs, Latin, kana, digits.</summary>
    private const string Sample = "闆貨髮發乾著麼臺灣群裡閃退老板货发干着么台湾中重长行乐还㐀㑇㒵䶵豈更車﨎﨏ａＡa1。，ア";

    [Fact]
    public void Traditional_to_simplified_table_agrees_with_ICU_on_every_Han_character()
    {
        var cached = new CharacterTransliterator("Traditional-Simplified", "traditional-simplified", new HanTransliterationCache(_folder.Path));
        using var icu = Icu("Traditional-Simplified");

        Assert.All(HanTransliterationTable.Characters(), c => Assert.Equal(icu.Transliterate(c.ToString()), cached.Of(c)));
    }

    [Fact]
    public void Pinyin_table_agrees_with_ICU_on_a_sample_and_when_read_back()
    {
        var cache = new HanTransliterationCache(_folder.Path);
        var built = new CharacterTransliterator("Han-Latin; Latin-ASCII", "han-latin", cache);
        using var icu = Icu("Han-Latin; Latin-ASCII");

        var fromBuilt = Sample.Select(built.Of).ToList();
        var fromFile = Sample.Select(new CharacterTransliterator("Han-Latin; Latin-ASCII", "han-latin", cache).Of).ToList();

        var expected = Sample.Select(c => icu.Transliterate(c.ToString())).ToList();
        Assert.Equal(expected, fromBuilt);
        Assert.Equal(expected, fromFile);
        Assert.Equal("ban", fromBuilt[Sample.IndexOf('闆')]);
    }

    [Theory]
    [InlineData("加盟店老闆收到的貨外箱破了，群裡有人冒充助教發名片拉人😡 ＡＰＰ閃退")]
    [InlineData("㐀㑇豈更車ﬁx ㈱ １２３ 𠀀𪚥 e\u0301")]
    public void Normaliser_with_a_cached_table_gives_what_it_gives_asking_ICU(string text)
    {
        var cached = new TextNormalizer(new HanTransliterationCache(_folder.Path)).Normalize(text);
        var asking = new TextNormalizer(tables: null).Normalize(text);

        Assert.Equal(asking.Text, cached.Text);
        Assert.Equal(Enumerable.Range(0, asking.Text.Length).Select(asking.SourceOffset), Enumerable.Range(0, cached.Text.Length).Select(cached.SourceOffset));
    }

    [Fact]
    public void Answers_characters_outside_the_table_from_ICU()
    {
        var cached = new CharacterTransliterator("Han-Latin; Latin-ASCII", "han-latin", new HanTransliterationCache(_folder.Path));

        Assert.Equal("Dz", cached.Of('ǅ'));
        Assert.Equal("a", cached.Of('a'));
    }
}
