using Playbooks.Search.Analysis;
using Playbooks.Search.Tests.Support;
using static Playbooks.Search.Tests.Analysis.AnalysisInputs;

namespace Playbooks.Search.Tests.Analysis;

public sealed class StopWordFilterTests
{
    private static readonly StopWordFilter Filter = new(new HashSet<string>(["的", "了", "怎么办"], StringComparer.Ordinal));

    [Fact]
    public void Drops_stop_words_and_keeps_the_offsets_of_the_rest()
    {
        // 群里的人刷屏了怎么办
        var tokens = Filter.Filter(Tokens(("群", 0, 1), ("里", 1, 2), ("的", 2, 3), ("人", 3, 4), ("刷屏", 4, 6), ("了", 6, 7), ("怎么办", 7, 10)));

        TokenAssert.Tokens(tokens, ("群", 0, 1), ("里", 1, 2), ("人", 3, 4), ("刷屏", 4, 6));
    }

    [Fact]
    public void Only_drops_whole_tokens()
    {
        var tokens = Filter.Filter(Tokens(("目的", 0, 2), ("了解", 2, 4)));

        TokenAssert.Tokens(tokens, ("目的", 0, 2), ("了解", 2, 4));
    }

    [Fact]
    public void Keeps_everything_with_no_stop_words()
    {
        var tokens = new StopWordFilter(new HashSet<string>()).Filter(Tokens(("的", 0, 1)));

        TokenAssert.Tokens(tokens, ("的", 0, 1));
    }

    [Fact]
    public void Returns_nothing_for_no_tokens()
    {
        TokenAssert.Tokens(Filter.Filter([]));
    }
}
