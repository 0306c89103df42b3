using System.Text;
using Playbooks.Core.Parsing;
using Playbooks.Core.References;
using Playbooks.Tests.Shared;

namespace Playbooks.Core.Tests.References;

/// <summary>The forms that clearly name another playbook, where they are written; examples in code are not references.</summary>
public sealed class CrossReferencesTests
{
    private static readonly PlaybookParser Parser = new(FixedClock.Today);

    private static IReadOnlyList<CrossReference> In(string line)
    {
        var result = Parser.Parse("kb/hostile.md", Encoding.UTF8.GetBytes(HostileInputs.ValidPlaybook + line + "\n"));
        return CrossReferences.In(result.Playbook!);
    }

    private static int LastLine => HostileInputs.ValidPlaybook.Split('\n').Length;

    [Fact]
    public void Reads_a_bracketed_id_a_relative_link_and_a_title_with_their_columns()
    {
        var found = In("看退款预案（refund-wave），再看[断流](../live/live-blackout.md#处理方法)和《大促后集中退款》预案。");

        Assert.Equal(
        [
            new CrossReference(ReferenceForm.Id, LastLine, 6, "（refund-wave）", "refund-wave", Cued: true),
            new CrossReference(ReferenceForm.Link, LastLine, 22, "[断流](../live/live-blackout.md#处理方法)", "../live/live-blackout.md", Cued: false),
            new CrossReference(ReferenceForm.Title, LastLine, 58, "《大促后集中退款》", "大促后集中退款", Cued: true),
        ], found);
    }

    [Theory]
    [InlineData("见 `（refund-wave）` 的写法。")]
    [InlineData("官网 [说明](https://example.com/refund.md)。")]
    [InlineData("按 refund-wave 预案处理。")]
    [InlineData("图 ![示意](flow.md)。")]
    public void Code_other_sites_bare_words_and_images_are_not_references(string line)
    {
        Assert.Empty(In(line));
    }

    [Fact]
    public void A_line_of_twenty_thousand_references_is_read_whole()
    {
        var found = In(string.Concat(Enumerable.Repeat("《标题》预案（a-b）", 20_000)));

        Assert.Equal(40_000, found.Count);
        Assert.All(found, r => Assert.True(r.Cued));
    }
}
