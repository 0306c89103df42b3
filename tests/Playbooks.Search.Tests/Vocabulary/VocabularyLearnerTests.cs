using Playbooks.Search.Analysis;
using Playbooks.Search.Documents;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Tests.Support;
using Playbooks.Search.Vocabulary;

namespace Playbooks.Search.Tests.Vocabulary;

public sealed class VocabularyLearnerTests : IDisposable
{
    private readonly Analyzer _analyzer = new(TestLexicons.Build(words: ["刷屏"], synonymGroups: [], stopWords: ["的"]));

    public void Dispose() => _analyzer.Dispose();

    private static StoredPlaybook Playbook(string id, string title, string[] tags, string background, params string[] steps) =>
        new(id, title, "社群运营", null, tags, id + ".md", false,
            new Dictionary<string, string>
            {
                [IndexedFields.Title] = title,
                [IndexedFields.Tags] = string.Join(" ", tags),
                [IndexedFields.Background] = background,
                [IndexedFields.Handling] = string.Join("\n", steps.Select(s => s.Replace("**", ""))),
            },
            steps.Select(s => s.Replace("**", "")).ToList())
        {
            BoldTerms = BoldTerms.In(steps),
        };

    private IReadOnlyDictionary<string, WordSource> Learn(params StoredPlaybook[] playbooks) =>
        VocabularyLearner.Learn(playbooks, _analyzer).ToDictionary(w => w.Word, w => w.Source);

    [Fact]
    public void Learns_tags_the_segmenter_breaks_into_fragments_but_not_words_runs_of_whole_words_or_phrases()
    {
        var learned = Learn(Playbook("a", "机器人进群", ["群码泄露", "乱码昵称", "刷屏", "群里刷屏的人"], "凌晨群里很安静。"));

        Assert.Equal(WordSource.Tag, learned["群码泄露"]); // 群|码|泄露: a fragment joined
        Assert.DoesNotContain("乱码昵称", learned.Keys);  // 乱码|昵称: two whole words stay matchable one by one
        Assert.DoesNotContain("刷屏", learned.Keys);
        Assert.DoesNotContain(learned.Keys, w => w.Contains('的'));
    }

    [Fact]
    public void Learns_the_role_in_bold_at_the_head_of_a_handling_step_without_its_time_limit()
    {
        var learned = Learn(Playbook("a", "机器人进群", [], "凌晨群里很安静。", "**社群助教（2 分钟内）** 开启全员禁言。"));

        Assert.Equal(WordSource.Bold, learned["社群助教"]);
    }

    [Fact]
    public void Learns_the_bold_role_of_a_playbook_read_from_its_file_as_the_index_reads_it()
    {
        // The index stores handling steps as plain text; the bold role must still reach learning from the Markdown.
        var text = new PlaybookText("bot-flood", "机器人进群")
        {
            Steps = ["**社群助教（2 分钟内）**：开启全员禁言。", "**运营负责人（10 分钟内）**：发布澄清公告。"],
        }.ToString();
        var playbook = new Core.Parsing.PlaybookParser().Parse("/kb/bot-flood.md", text).Playbook!;
        var stored = FieldExtractor.Extract(playbook, "bot-flood.md");

        Assert.DoesNotContain(stored.HandlingSteps, s => s.Contains("**"));
        Assert.Equal(WordSource.Bold, Learn(stored)["社群助教"]);
    }

    [Fact]
    public void Learns_a_title_phrase_only_when_it_occurs_again_in_a_title_or_tag()
    {
        var once = Learn(Playbook("a", "群码泄露，要求退款", [], "学员在群里讨论。"));
        var twice = Learn(Playbook("a", "群码泄露，要求退款", [], "学员在群里讨论。"), Playbook("b", "直播翻车", ["群码泄露"], "有人在群里讨论。"));

        Assert.DoesNotContain("群码泄露", once.Keys);
        Assert.Equal(WordSource.Tag, twice["群码泄露"]);
    }

    [Fact]
    public void Learns_a_frequent_cohesive_word_the_segmenter_splits_and_nothing_from_ordinary_text()
    {
        // ICU cuts 私域流量 as 私|域|流量; here it occurs ten times in five playbooks between different words, in a
        // knowledge base large enough that chance co-occurrence is rare (cohesion is relative to the word count).
        var before = new[] { "昨天", "今天", "周末", "晚上", "上午" };
        var after = new[] { "下滑", "回升", "见底", "翻倍", "停滞" };
        const string filler = "值班同学发现异常后先截图留证，再通知负责人评估影响范围，然后统一口径回复用户提出的疑问。" +
            "复盘会议确认责任人和整改期限，更新检查清单并安排新人培训，避免同类问题再次发生。";
        var playbooks = before.Select((b, i) => Playbook("p" + i, "标题" + i, [],
            $"{b}私域流量{after[i]}，{before[(i + 2) % 5]}私域流量{after[(i + 3) % 5]}。{filler}{filler}")).ToArray();
        var plain = new[] { Playbook("x", "群里安静", [], "大家下午都在开会。"), Playbook("y", "群里热闹", [], "大家晚上都在聊天。") };

        Assert.Equal(WordSource.Statistics, Learn(playbooks)["私域流量"]);
        Assert.DoesNotContain(WordSource.Statistics, Learn(plain).Values);
    }

    [Fact]
    public void Learns_the_same_words_whatever_the_order_of_the_playbooks()
    {
        var a = Playbook("a", "机器人进群", ["群码泄露", "秒删", "广告链接"], "群里有广告链接。");
        var b = Playbook("b", "成员吵架", ["人身攻击"], "两人互相人身攻击。");

        Assert.Equal(
            VocabularyLearner.Learn([a, b], _analyzer).Select(w => w.Word),
            VocabularyLearner.Learn([b, a], _analyzer).Select(w => w.Word));
    }

    [Theory]
    [InlineData("playbooks")]
    [InlineData("tests/corpora/second-team/playbooks")]
    [InlineData("tests/corpora/third-team/playbooks")]
    public void Learns_the_same_words_with_the_same_figures_through_a_segmentation_cache(string corpus)
    {
        var folder = Path.Combine(RepositoryPaths.Root, corpus);
        var playbooks = CorpusTexts.Playbooks(folder);
        var lexicon = LexiconLoader.Load(folder, TextNormalizer.Shared);
        using var plain = new Analyzer(lexicon);
        using var cached = new Analyzer(lexicon, TextNormalizer.Shared, new SegmentationCache());

        var expected = VocabularyLearner.Learn(playbooks, plain);

        Assert.True(expected.Count > 10, $"only {expected.Count} words learned from {corpus}");
        Assert.Equal(expected, VocabularyLearner.Learn(playbooks, cached));
    }
}
