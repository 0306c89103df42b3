using Playbooks.Search.Analysis;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Lexicons;

public sealed class LexiconLoaderTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    public void Dispose() => _kb.Dispose();

    private Lexicon Load() => LexiconLoader.Load(_kb.Root, TextNormalizer.Shared, BaseLexicon.None);

    private string LexiconFile(string name) => Path.Combine(_kb.Root, "lexicon", name);

    [Fact]
    public void Reads_words_skipping_comments_and_blank_lines_and_normalising_entries()
    {
        _kb.WriteLexicon("words.txt", """
            # 领域词
            刷屏

            社群   # 行尾注释
            ＫＯＬ
            老闆
            """);

        var lexicon = Load();

        Assert.Equal(["kol", "刷屏", "社群", "老板"], lexicon.Words.Order(StringComparer.Ordinal));
        Assert.Empty(lexicon.Findings);
    }

    [Fact]
    public void Warns_about_duplicate_and_single_character_words_with_file_and_line()
    {
        _kb.WriteLexicon("words.txt", "刷屏\n群\n刷屏\n");

        var lexicon = Load();

        Assert.Equal(["刷屏"], lexicon.Words);
        Assert.Equal(
        [
            $"{LexiconFile("words.txt")}:2:1: 警告: 词条“群”不是一个至少两个字的词，已忽略 — 每行写一个词，不含空格",
            $"{LexiconFile("words.txt")}:3:1: 警告: 词条“刷屏”重复 — 删除重复的一行",
        ], lexicon.Findings.Select(f => f.ToString()));
    }

    [Fact]
    public void Reads_synonym_groups_separated_by_half_or_full_width_spaces_commas_and_slashes_canonical_first()
    {
        _kb.WriteLexicon("synonyms.txt", """
            # 同义词:每行一组,第一个是规范词
            退费 退钱,退款/退款项
            投诉，吐槽	抱怨、差评反馈
            群主　群管理员／管理员
            """);

        var lexicon = Load();

        Assert.Equal([["退费", "退钱", "退款", "退款项"], ["投诉", "吐槽", "抱怨", "差评反馈"], ["群主", "群管理员", "管理员"]], lexicon.SynonymGroups);
        Assert.Equal("退费", lexicon.Canonical["退款项"]);
        Assert.Equal("投诉", lexicon.Canonical["吐槽"]);
        Assert.False(lexicon.Canonical.ContainsKey("退费"));
        Assert.Contains("差评反馈", lexicon.Words); // so the segmenter keeps every synonym whole
        Assert.Empty(lexicon.Findings);
    }

    [Fact]
    public void Warns_when_a_word_is_in_two_groups_naming_both_lines()
    {
        _kb.WriteLexicon("synonyms.txt", "退费 退钱\n\n返现 退钱 返钱\n");

        var lexicon = Load();

        Assert.Equal([["退费", "退钱"], ["返现", "返钱"]], lexicon.SynonymGroups);
        var finding = Assert.Single(lexicon.Findings);
        Assert.Equal(
            $"{LexiconFile("synonyms.txt")}:3:1: 警告: “退钱”已在第 1 行的同义词组里，本行的这一项被忽略 — 一个词只能属于一个同义词组；合并这两组或删去其中一处",
            finding.ToString());
    }

    [Fact]
    public void Warns_about_a_group_of_one_word()
    {
        _kb.WriteLexicon("synonyms.txt", "退费\n");

        var lexicon = Load();

        Assert.Empty(lexicon.SynonymGroups);
        Assert.Equal($"{LexiconFile("synonyms.txt")}:1:1: 警告: 同义词组只有一个词“退费” — 一行至少写两个可以互换的词，用空格分隔",
            Assert.Single(lexicon.Findings).ToString());
    }

    [Fact]
    public void Reads_stop_words()
    {
        _kb.WriteLexicon("stopwords.txt", "# 虚词\n的\n了  # 助词\n\n怎么办\n");

        var lexicon = Load();

        Assert.Equal(["了", "怎么办", "的"], lexicon.StopWords.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Treats_a_missing_lexicon_folder_as_an_empty_lexicon()
    {
        var lexicon = Load();

        Assert.Empty(lexicon.Words);
        Assert.Empty(lexicon.SynonymGroups);
        Assert.Empty(lexicon.StopWords);
        Assert.Empty(lexicon.Findings);
        Assert.Equal(0, lexicon.MaxWordLength);
    }

    [Fact]
    public void Ignores_a_file_that_is_not_utf8_with_a_warning()
    {
        File.WriteAllBytes(_kb.Write("lexicon/words.txt", ""), [0xC9, 0xE7, 0xC8, 0xBA, (byte)'\n']); // 社群 in GBK

        var lexicon = Load();

        Assert.Empty(lexicon.Words);
        Assert.Equal("lexicon-not-utf8", Assert.Single(lexicon.Findings).Code);
    }

    [Fact]
    public void Keeps_the_same_fingerprint_while_the_files_are_unchanged()
    {
        _kb.WriteLexicon("words.txt", "刷屏\n");
        _kb.WriteLexicon("synonyms.txt", "退费 退钱\n");

        var first = Load();
        var second = Load();

        Assert.Equal(first.Fingerprint, second.Fingerprint);
        Assert.Equal(first.Fingerprint, LexiconLoader.Fingerprint(_kb.Root, BaseLexicon.None));
    }

    [Theory]
    [InlineData("words.txt")]
    [InlineData("synonyms.txt")]
    [InlineData("stopwords.txt")]
    [InlineData("english.txt")]
    public void Changes_the_fingerprint_when_any_file_changes(string file)
    {
        _kb.WriteLexicon("words.txt", "刷屏\n");
        _kb.WriteLexicon("synonyms.txt", "退费 退钱\n");
        _kb.WriteLexicon("stopwords.txt", "的\n");
        _kb.WriteLexicon("english.txt", "refund = 退款\n");
        var before = Load().Fingerprint;

        File.AppendAllText(LexiconFile(file), "# 只改了一行注释\n");
        var after = Load();

        Assert.NotEqual(before, after.Fingerprint);
        Assert.Equal(after.Fingerprint, LexiconLoader.Fingerprint(_kb.Root, BaseLexicon.None));
    }
}
