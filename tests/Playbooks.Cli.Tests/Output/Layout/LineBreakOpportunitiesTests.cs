using Playbooks.Cli.Output.Layout;
using Playbooks.Cli.Tests.Support;
using Playbooks.Search.Analysis;

namespace Playbooks.Cli.Tests.Output.Layout;

public sealed class LineBreakOpportunitiesTests
{
    [Fact]
    public void Breaks_between_Han_characters()
    {
        Assert.Equal([1, 2, 3, 4, 5], LineBreakOpportunities.Find("群里有人刷屏"));
    }

    [Theory]
    [InlineData('。')]
    [InlineData('，')]
    [InlineData('、')]
    [InlineData('；')]
    [InlineData('：')]
    [InlineData('？')]
    [InlineData('！')]
    [InlineData('」')]
    [InlineData('』')]
    [InlineData('）')]
    [InlineData('》')]
    public void Never_breaks_before_closing_punctuation(char closing)
    {
        var text = $"有人刷屏{closing}群主";

        Assert.DoesNotContain(4, LineBreakOpportunities.Find(text));
    }

    [Theory]
    [InlineData('「')]
    [InlineData('『')]
    [InlineData('（')]
    [InlineData('《')]
    public void Never_breaks_after_opening_punctuation(char opening)
    {
        var text = $"群主{opening}刷屏";

        Assert.DoesNotContain(3, LineBreakOpportunities.Find(text));
    }

    [Theory]
    [InlineData("见 live-stream-accident 预案", "live-stream-accident")]
    [InlineData("运行 playbooks show bot-flood", "bot-flood")]
    [InlineData("更新于 2026-11-15", "2026-11-15")]
    [InlineData("刚才说的 9.9 呢", "9.9")]
    [InlineData("合作达人/KOL 翻车", "KOL")]
    public void Keeps_ids_Latin_words_and_numbers_whole(string text, string word)
    {
        var start = text.IndexOf(word, StringComparison.Ordinal);

        var inside = LineBreakOpportunities.Find(text).Where(at => at > start && at < start + word.Length);

        Assert.Empty(inside);
    }

    [Fact]
    public void Breaks_after_a_space_between_Latin_words()
    {
        Assert.Contains(10, LineBreakOpportunities.Find("playbooks show bot-flood"));
    }

    [Fact]
    public void Calling_icu_directly_gives_icu_net_line_breaks_for_every_line_of_the_bundled_playbooks()
    {
        // Search output wraps through ICU called directly; icu.net's iterator is the fallback and must agree.
        using var direct = IcuLineBreakIterator.TryCreate();
        Assert.NotNull(direct);
        var lines = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "playbooks"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines)
            .Where(line => line.Length > 1)
            .ToList();

        Assert.True(lines.Count > 500, $"only {lines.Count} lines found");
        foreach (var line in lines)
            Assert.True(LineBreakOpportunities.BoundariesWithIcuNet(line).SequenceEqual(direct.Boundaries(line)), line);
    }
}
