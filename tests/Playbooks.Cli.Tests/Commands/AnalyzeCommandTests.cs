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
    public async Task Writes_the_documented_json()
    {
        var result = await _cli.RunAsync("analyze", "群里刷屏", "--json", "--playbooks", _kb);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var words = json.RootElement.GetProperty("words").EnumerateArray()
            .Select(w => $"{w.GetProperty("term").GetString()}:{w.GetProperty("origin").GetString()}").ToArray();
        Assert.Equal(["群:segmenter", "刷屏:lexicon"], words);
        Assert.Equal("里", json.RootElement.GetProperty("stopWords")[0].GetString());
        Assert.Equal(3, json.RootElement.GetProperty("pinyin").GetArrayLength());
    }

    [Fact]
    public async Task Rejects_a_blank_sentence_as_a_usage_error()
    {
        var result = await _cli.RunAsync("analyze", "  ", "--playbooks", _kb);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("要分析的句子为空", result.Error);
    }
}
