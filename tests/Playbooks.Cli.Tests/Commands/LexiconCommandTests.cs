using System.Text.Json;
using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests.Commands;

public sealed class LexiconCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _cli;
    private readonly string _kb;

    public LexiconCommandTests()
    {
        _cli = new CliRunner(_temp.Path);
        // Wide enough for each table row to stay on one line (piped output is 80 columns unless COLUMNS says otherwise).
        _cli.Variables["COLUMNS"] = "120";
        _kb = _temp.Combine("kb");
        _temp.Write("kb/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人进群刷屏")
            .Replace("tags: [刷屏, 广告]", "tags: [刷屏, 秒删]")
            .Replace("群里突然涌进大量新号，同时发广告。", "群里突然涌进大量新号，同时发 SKU（商品规格）链接。"));
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Suggest_lists_words_and_synonyms_with_evidence_and_a_snippet_to_paste()
    {
        // The folder as a user in it types it: the evidence column shows paths as given, and an absolute path under a
        // long TMPDIR would wrap inside the cell.
        var result = await _cli.RunAsync("lexicon", "suggest", "--playbooks", "kb");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.Contains("秒删") && l.Contains("标签") && l.Contains("kb/community/bot-flood.md:5"));
        Assert.Contains(result.OutLines, l => l.Contains("商品规格 sku") && l.Contains("中英对照"));
        var snippet = result.OutLines.SkipWhile(l => !l.StartsWith("# 检索已经在使用上面的候选词")).ToList();
        Assert.Contains("秒删", snippet);
        Assert.Contains("商品规格 sku", snippet);
    }

    [Fact]
    public async Task Suggest_json_has_words_and_synonyms()
    {
        var result = await _cli.RunAsync("lexicon", "suggest", "--json", "--playbooks", _kb);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var word = json.RootElement.GetProperty("words").EnumerateArray().Single(w => w.GetProperty("word").GetString() == "秒删");
        Assert.Equal("tag", word.GetProperty("source").GetString());
        Assert.Equal(5, word.GetProperty("examples")[0].GetProperty("line").GetInt32());
        var synonym = json.RootElement.GetProperty("synonyms")[0];
        Assert.Equal(["商品规格", "sku"], synonym.GetProperty("words").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public async Task Suggest_on_a_missing_folder_says_so()
    {
        var result = await _cli.RunAsync("lexicon", "suggest", "--playbooks", _temp.Combine("nowhere"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("预案目录不存在", result.Error);
    }
}
