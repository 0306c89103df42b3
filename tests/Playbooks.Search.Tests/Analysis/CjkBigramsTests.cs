using Playbooks.Search.Analysis;
using Playbooks.Search.Tests.Support;
using static Playbooks.Search.Tests.Analysis.AnalysisInputs;

namespace Playbooks.Search.Tests.Analysis;

public sealed class CjkBigramsTests
{
    private static readonly CjkBigrams Bigrams = new();

    [Fact]
    public void Emits_overlapping_pairs_of_a_han_run()
    {
        var tokens = Bigrams.Extract(Identity("一段简单"));

        TokenAssert.Tokens(tokens, ("一段", 0, 2), ("段简", 1, 3), ("简单", 2, 4));
    }

    [Fact]
    public void Emits_a_lone_han_character_as_a_unigram()
    {
        var tokens = Bigrams.Extract(Identity("app 群 kol"));

        TokenAssert.Tokens(tokens, ("群", 4, 5));
    }

    [Fact]
    public void Starts_a_new_run_after_latin_punctuation_or_emoji()
    {
        var tokens = Bigrams.Extract(Identity("刷屏😂广告,群app闪退了"));

        TokenAssert.Tokens(tokens, ("刷屏", 0, 2), ("广告", 4, 6), ("群", 7, 8), ("闪退", 11, 13), ("退了", 12, 14));
    }

    [Fact]
    public void Emits_nothing_without_han_characters()
    {
        TokenAssert.Tokens(Bigrams.Extract(Identity("app123 kol!")));
    }

    [Fact]
    public void Emits_nothing_for_empty_input()
    {
        TokenAssert.Tokens(Bigrams.Extract(Identity("")));
    }
}
