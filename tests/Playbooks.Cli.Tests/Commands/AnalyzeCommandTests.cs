using System.Text.Json;
using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _cli;
    private readonly string _kb;

    public AnalyzeCommandTests()
    {
        _cli = new CliRunner(_temp.Path);
        _kb = _temp.Combine("kb");
        _temp.Write("kb/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人进群刷屏").Replace("tags: [刷屏, 广告]", "tags: [刷屏, 秒删]"));
        _temp.Write("kb/lexicon/words.txt", "刷屏\n");
        _temp.Write("kb/lexicon/stopwords.txt", "里\n");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Shows_each_word_with_its_origin_in_a_table_and_the_other_stages_below()
    {
        var result = await _cli.RunAsync("analyze", "群里刷屏，秒删", "--playbooks", _kb);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.Contains("刷屏") && l.Contains("词表"));
        Assert.Contains(result.OutLines, l => l.Contains("秒删") && l.Contains("学到的词"));
        Assert.Contains(result.OutLines, l => l.Contains("│ 群") && l.Contains("分词器"));
        Assert.Contains("停用词  里", result.OutLines);
        Assert.Contains(result.OutLines, l => l.StartsWith("二元组  群里 里刷 刷屏"));
    }

    [Fact]
    public async Task Shows_english_words_with_the_chinese_they_count_as()
    {
        var result = await _cli.RunAsync("analyze", "直播被 ban 了", "--playbooks", _kb);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("英文对照  ban → 封禁", result.OutLines);
        Assert.Contains(result.OutLines, l => l.Contains("封号") && l.Contains("英文对照") && l.Contains("→ 封号"));
    }

    [Fact]
    public async Task Shows_what_a_search_looks_up_by_sound_and_what_it_finds_in_this_knowledge_base()
    {
        var result = await _cli.RunAsync("analyze", "好多人发广稿", "--playbooks", _kb);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("按读音查  广稿 → guanggao → 广告", result.OutLines);
        Assert.Contains(result.OutLines, l => l.StartsWith("降权  ") && l.Contains("广（单字 ×0.4）"));
    }

    [Fact]
    public async Task Writes_the_documented_json()
    {
        using var json = await AnalyzeJson("群里刷屏");

        var words = json.RootElement.GetProperty("words").EnumerateArray()
            .Select(w => $"{w.GetProperty("term").GetString()}:{w.GetProperty("origin").GetString()}").ToArray();
        Assert.Equal(["群:segmenter", "刷屏:lexicon"], words);
        Assert.Equal("里", json.RootElement.GetProperty("stopWords")[0].GetString());
        Assert.Equal(3, json.RootElement.GetProperty("pinyin").GetArrayLength());
        var reduced = json.RootElement.GetProperty("query").GetProperty("reduced").EnumerateArray()
            .Select(r => $"{r.GetProperty("term").GetString()}:{r.GetProperty("reason").GetString()}").ToArray();
        Assert.Contains("群:single-character", reduced);
    }

    [Fact]
    public async Task Json_lists_english_glosses_and_sound_lookups()
    {
        using var json = await AnalyzeJson("refund 退宽");

        var english = json.RootElement.GetProperty("english").EnumerateArray()
            .Select(g => $"{g.GetProperty("from").GetString()}→{g.GetProperty("to").GetString()}");
        Assert.Contains("refund→退款", english);
        var lookup = Assert.Single(json.RootElement.GetProperty("query").GetProperty("soundLookups").EnumerateArray());
        Assert.Equal("退宽", lookup.GetProperty("from").GetString());
        Assert.Equal("tuikuan", lookup.GetProperty("pinyin").GetString());
    }

    [Fact]
    public async Task Rejects_a_blank_sentence_as_a_usage_error()
    {
        var result = await _cli.RunAsync("analyze", "  ", "--playbooks", _kb);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("要分析的句子为空", result.Error);
    }

    private async Task<JsonDocument> AnalyzeJson(string sentence)
    {
        var result = await _cli.RunAsync("analyze", sentence, "--json", "--playbooks", _kb);
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(result.Out);
    }
}
