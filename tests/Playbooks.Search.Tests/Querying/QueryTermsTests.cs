using Playbooks.Search.Analysis;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Querying;

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
    public void Marks_a_bigram_between_two_words_as_straddling_but_not_one_inside_a_word_or_beside_a_single_character()
    {
        var analyzed = _analyzer.Analyze("退款刷屏");
        Assert.Equal(["退款", "刷屏"], analyzed.Words.Select(t => t.Term));

        var terms = QueryTerms.From(analyzed, _analyzer.Lexicon, 64, 128);

        Assert.Equal(["款刷"], terms.StraddlingBigrams);
        Assert.Empty(QueryTerms.From(_analyzer.Analyze("退宽"), _analyzer.Lexicon, 64, 128).StraddlingBigrams);
    }
}
