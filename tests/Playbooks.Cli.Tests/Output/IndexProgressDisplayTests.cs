using Playbooks.Cli.Output;
using Playbooks.Cli.Tests.Support;
using Playbooks.Search.Indexing;

namespace Playbooks.Cli.Tests.Output;

public sealed class IndexProgressDisplayTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public IndexProgressDisplayTests()
    {
        for (var i = 1; i <= 3; i++)
            _temp.Write($"kb/community/case-{i}.md", SamplePlaybooks.Valid($"case-{i}", $"群里第 {i} 次被广告刷屏"));
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>A run that shows indexing progress from the start (zero delay), with stderr a terminal or not.</summary>
    private CliRunner Cli(bool errorIsTerminal) => new(_temp.Path) { ErrorIsTerminal = errorIsTerminal, ProgressDelay = TimeSpan.Zero };

    [Fact]
    public async Task Shows_indexing_progress_on_stderr_when_it_is_a_terminal()
    {
        var result = await Cli(errorIsTerminal: true).RunAsync("search", "广告刷屏", "--playbooks", "kb");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("建立索引", result.Error);
        Assert.DoesNotContain("建立索引", result.Out);
    }

    [Fact]
    public async Task Stays_silent_under_json_even_in_a_terminal()
    {
        var result = await Cli(errorIsTerminal: true).RunAsync("search", "广告刷屏", "--playbooks", "kb", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Stays_silent_when_stderr_is_piped()
    {
        var result = await Cli(errorIsTerminal: false).RunAsync("search", "广告刷屏", "--playbooks", "kb");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
    }

    [Theory]
    [InlineData(IndexStage.Reading, 0, 0, "建立索引：检查预案文件…")]
    [InlineData(IndexStage.Analysing, 0, 3000, "建立索引：分析 3000 篇预案…")]
    [InlineData(IndexStage.Writing, 0, 0, "建立索引：写入索引文件…")]
    public void Describes_each_stage_as_a_line_where_no_bar_can_be_drawn(IndexStage stage, int done, int total, string expected)
    {
        Assert.Equal(expected, IndexProgressDisplay.DescribeStage(new IndexProgress(stage, done, total)));
    }

    [Theory]
    [InlineData(IndexStage.Reading, 0, 0, "建立索引：检查预案文件")]
    [InlineData(IndexStage.Analysing, 1200, 3000, "建立索引：分析预案 1200/3000")]
    [InlineData(IndexStage.Learning, 0, 0, "建立索引：从预案中学习领域词")]
    [InlineData(IndexStage.Writing, 0, 0, "建立索引：写入索引文件")]
    public void Describes_each_stage_in_Chinese(IndexStage stage, int done, int total, string expected)
    {
        Assert.Equal(expected, IndexProgressDisplay.Describe(new IndexProgress(stage, done, total)));
    }
}
