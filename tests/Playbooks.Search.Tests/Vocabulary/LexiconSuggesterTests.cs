using Playbooks.Core.Parsing;
using Playbooks.Search.Analysis;
using Playbooks.Search.Tests.Support;
using Playbooks.Search.Vocabulary;

namespace Playbooks.Search.Tests.Vocabulary;

public sealed class LexiconSuggesterTests : IDisposable
{
    private readonly Analyzer _analyzer = Analyzer.WithoutLexicon();

    public void Dispose() => _analyzer.Dispose();

    private static SourcePlaybook Source(PlaybookText text, string path)
    {
        var markdown = text.ToString();
        var playbook = new PlaybookParser(FixedClock.Today).Parse(path, System.Text.Encoding.UTF8.GetBytes(markdown)).Playbook!;
        return new SourcePlaybook(playbook, markdown.Split('\n'));
    }

    [Fact]
    public void Suggests_learned_words_with_the_file_and_line_they_occur_on()
    {
        var source = Source(new PlaybookText("wrong-price", "价格写错") { Tags = ["价格写错", "群码泄露"] }, "kb/wrong-price.md");

        var suggestions = LexiconSuggester.Suggest([source], _analyzer);

        var word = Assert.Single(suggestions.Words, w => w.Word == "群码泄露");
        Assert.Equal(WordSource.Tag, word.Source);
        var example = Assert.Single(word.Examples);
        Assert.Equal(("kb/wrong-price.md", 5), (example.Path, example.Line));
        Assert.StartsWith("tags:", example.Text);
    }

    [Fact]
    public void Suggests_a_term_glossed_in_the_other_language_and_tags_one_character_apart_as_synonyms()
    {
        var a = Source(new PlaybookText("wrong-price", "价格写错") { Tags = ["价格写错"], Background = "SKU（商品规格）填错，大促前没人复核。" }, "kb/a.md");
        var b = Source(new PlaybookText("oversold", "错价超卖") { Tags = ["价格设错"], Background = "详见错价超卖预案（price-error-oversold）。" }, "kb/b.md");

        var suggestions = LexiconSuggester.Suggest([a, b], _analyzer);

        Assert.Equal(
            ["价格写错 价格设错 tag-variants", "商品规格 sku side-by-side"],
            suggestions.Synonyms.Select(s => $"{string.Join(" ", s.Words)} {s.Reason}").Order());
        var gloss = Assert.Single(suggestions.Synonyms, s => s.Reason == "side-by-side");
        Assert.Equal(("kb/a.md", 15), (gloss.Examples[0].Path, gloss.Examples[0].Line));
    }
}
