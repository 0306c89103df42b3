using Playbooks.Search.Analysis;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Lexicons;

/// <summary>The base lexicon shipped in the tool: what a team without any lexicon of its own gets.</summary>
public sealed class BuiltInLexiconTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    public void Loads_without_findings()
    {
        var lexicon = LexiconLoader.Load(_kb.Root, TextNormalizer.Shared);

        Assert.Empty(lexicon.Findings);
    }

    [Fact]
    public void Gives_a_knowledge_base_without_lexicon_folder_stop_words_synonyms_and_english()
    {
        using var analyzer = new Analyzer(LexiconLoader.Load(_kb.Root, TextNormalizer.Shared));

        Assert.Equal(analyzer.Words("退款"), analyzer.Words("突然退钱怎么办"));
        Assert.Equal(analyzer.Words("投诉"), analyzer.Words("吐槽"));
        Assert.Contains(analyzer.Words("客服")[0], analyzer.Words("CS 排队爆了"));
        Assert.Contains(analyzer.Words("封禁")[0], analyzer.Words("直播被 ban 了"));
    }

    [Fact]
    public void Glosses_english_only_with_whole_chinese_words()
    {
        var lexicon = LexiconLoader.Load(_kb.Root, TextNormalizer.Shared);

        // A single character (群, 课) would match half the knowledge base.
        Assert.All(lexicon.English, e => Assert.All(e.Value, gloss => Assert.True(gloss.Length >= 2, $"{e.Key} = {gloss}")));
    }
}
