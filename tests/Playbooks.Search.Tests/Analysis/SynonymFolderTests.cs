using Playbooks.Search.Analysis;
using Playbooks.Search.Tests.Support;
using static Playbooks.Search.Tests.Analysis.AnalysisInputs;

namespace Playbooks.Search.Tests.Analysis;

public sealed class SynonymFolderTests
{
    private static readonly SynonymFolder Folder = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["退钱"] = "退费",
        ["退款"] = "退费",
        ["吐槽"] = "投诉",
    });

    [Fact]
    public void Replaces_each_synonym_with_its_canonical_term_at_the_same_offsets()
    {
        // 学员吐槽,要求退钱
        var tokens = Folder.Fold(Tokens(("学员", 0, 2), ("吐槽", 2, 4), ("要求", 5, 7), ("退钱", 7, 9)));

        TokenAssert.Tokens(tokens, ("学员", 0, 2), ("投诉", 2, 4), ("要求", 5, 7), ("退费", 7, 9));
    }

    [Fact]
    public void Leaves_canonical_terms_and_other_words_alone()
    {
        var tokens = Folder.Fold(Tokens(("退费", 0, 2), ("退", 2, 3)));

        TokenAssert.Tokens(tokens, ("退费", 0, 2), ("退", 2, 3));
    }

    [Fact]
    public void Returns_nothing_for_no_tokens()
    {
        TokenAssert.Tokens(Folder.Fold([]));
    }
}
