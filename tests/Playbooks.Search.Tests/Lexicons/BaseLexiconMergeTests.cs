using Playbooks.Search.Analysis;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Lexicons;

/// <summary>The built-in base lexicon under a knowledge base's own lexicon/ files: what adds, what overrides, what drops.</summary>
public sealed class BaseLexiconMergeTests : IDisposable
{
    private static readonly BaseLexicon Base = BaseLexicon.Of(new Dictionary<string, string>
    {
        ["words.txt"] = "刷屏\n社群\n",
        ["synonyms.txt"] = "退款 退钱 退费\n投诉 吐槽 客诉\n",
        ["stopwords.txt"] = "怎么办\n突然\n",
        ["english.txt"] = "refund = 退款\nsku = 商品 规格\n",
    });

    private readonly TempKnowledgeBase _kb = new();

    public void Dispose() => _kb.Dispose();

    private Lexicon Load() => LexiconLoader.Load(_kb.Root, TextNormalizer.Shared, Base);

    private string LexiconFile(string name) => Path.Combine(_kb.Root, "lexicon", name);

    [Fact]
    public void Gives_a_knowledge_base_without_a_lexicon_folder_the_whole_base()
    {
        var lexicon = Load();

        Assert.Equal(["刷屏", "商品", "社群", "规格"], lexicon.Words.Where(w => !lexicon.SynonymGroups.Any(g => g.Contains(w))).Order(StringComparer.Ordinal));
        Assert.Equal([["退款", "退钱", "退费"], ["投诉", "吐槽", "客诉"]], lexicon.SynonymGroups);
        Assert.Equal(["怎么办", "突然"], lexicon.StopWords.Order(StringComparer.Ordinal));
        Assert.Equal(["退款"], lexicon.English["refund"]);
        Assert.Empty(lexicon.Findings);
    }

    [Fact]
    public void Adds_the_teams_words_and_stop_words_to_the_base_and_drops_base_entries_marked_with_an_exclamation_mark()
    {
        _kb.WriteLexicon("words.txt", "直播间\n!刷屏\n社群  # 已在基础词表里，不算重复\n");
        _kb.WriteLexicon("stopwords.txt", "！突然\n一下\n");

        var lexicon = Load();

        Assert.Contains("直播间", lexicon.Words);
        Assert.Contains("社群", lexicon.Words);
        Assert.DoesNotContain("刷屏", lexicon.Words);
        Assert.Equal(["一下", "怎么办"], lexicon.StopWords.Order(StringComparer.Ordinal));
        Assert.Empty(lexicon.Findings);
    }

    [Fact]
    public void Lets_a_team_synonym_group_take_words_out_of_the_base_groups()
    {
        _kb.WriteLexicon("synonyms.txt", "退费 退课 退学费\n!吐槽\n");

        var lexicon = Load();

        Assert.Equal([["退款", "退钱"], ["投诉", "客诉"], ["退费", "退课", "退学费"]], lexicon.SynonymGroups);
        Assert.Equal("退费", lexicon.Canonical["退课"]);
        Assert.False(lexicon.Canonical.ContainsKey("吐槽"));
        Assert.Empty(lexicon.Findings);
    }

    [Fact]
    public void Replaces_a_base_english_line_with_the_teams_and_drops_one_marked_with_an_exclamation_mark()
    {
        _kb.WriteLexicon("english.txt", "SKU = 货号\n!refund\nCS = 客服\n");

        var lexicon = Load();

        Assert.Equal(["cs", "sku"], lexicon.English.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["货号"], lexicon.English["sku"]);
        Assert.Contains("货号", lexicon.Words); // glosses are kept whole by the segmenter
        Assert.Empty(lexicon.Findings);
    }

    [Fact]
    public void Warns_about_an_english_line_without_an_equals_sign_with_file_and_line()
    {
        _kb.WriteLexicon("english.txt", "# 英文词\nrefund 退款\n");

        var lexicon = Load();

        Assert.Equal(
            $"{LexiconFile("english.txt")}:2:1: 警告: “refund 退款”不是“英文词 = 中文词”的格式，已忽略 — 每行写一个英文词、等号和它对应的中文词，例如 refund = 退款",
            Assert.Single(lexicon.Findings).ToString());
    }

    [Fact]
    public void Changes_the_fingerprint_when_the_base_changes_with_a_new_tool_version()
    {
        _kb.WriteLexicon("words.txt", "直播间\n");
        var newerBase = BaseLexicon.Of(new Dictionary<string, string> { ["words.txt"] = "刷屏\n社群\n炸群\n" });

        var before = LexiconLoader.Fingerprint(_kb.Root, Base);
        var after = LexiconLoader.Fingerprint(_kb.Root, newerBase);

        Assert.Equal(before, Load().Fingerprint);
        Assert.NotEqual(before, after);
        Assert.Equal(after, LexiconLoader.Load(_kb.Root, TextNormalizer.Shared, newerBase).Fingerprint);
    }
}
