using Playbooks.Search.Analysis;
using Playbooks.Search.Tests.Support;
using static Playbooks.Search.Tests.Analysis.AnalysisInputs;

namespace Playbooks.Search.Tests.Analysis;

public sealed class EnglishGlossaryTests
{
    private static readonly EnglishGlossary Glossary = new(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["ban"] = ["封禁"],
        ["sku"] = ["商品", "规格"],
    });

    [Fact]
    public void Keeps_the_english_word_and_adds_its_chinese_glosses_at_the_same_offsets()
    {
        // 直播被 ban 了
        var tokens = Glossary.Expand(Tokens(("直播", 0, 2), ("被", 2, 3), ("ban", 4, 7), ("了", 8, 9)));

        TokenAssert.Tokens(tokens, ("直播", 0, 2), ("被", 2, 3), ("ban", 4, 7), ("封禁", 4, 7), ("了", 8, 9));
    }

    [Fact]
    public void Adds_every_gloss_of_a_word_with_several_meanings()
    {
        var tokens = Glossary.Expand(Tokens(("sku", 0, 3), ("发错", 4, 6)));

        TokenAssert.Tokens(tokens, ("sku", 0, 3), ("商品", 0, 3), ("规格", 0, 3), ("发错", 4, 6));
    }

    [Fact]
    public void Leaves_words_outside_the_glossary_alone()
    {
        var tokens = Glossary.Expand(Tokens(("bug", 0, 3), ("banana", 4, 10)));

        TokenAssert.Tokens(tokens, ("bug", 0, 3), ("banana", 4, 10));
    }
}
