using Playbooks.Core.Authoring;

namespace Playbooks.Core.Tests.Authoring;

public sealed class PlaybookIdTests
{
    [Theory]
    [InlineData("refund-wave", "refund-wave")]
    [InlineData("Refund_Wave", "refund-wave")]
    [InlineData("直播 P0 事故", "p0")]
    public void Makes_an_id_from_a_file_name(string stem, string id)
    {
        Assert.Equal(id, PlaybookId.FromFileName(stem));
    }

    [Fact]
    public void Gives_a_file_name_without_ascii_a_stable_usable_id()
    {
        var id = PlaybookId.FromFileName("直播卡顿");

        Assert.True(PlaybookId.IsValid(id), id);
        Assert.StartsWith("playbook-", id, StringComparison.Ordinal);
        Assert.Equal(id, PlaybookId.FromFileName("直播卡顿"));
        Assert.NotEqual(id, PlaybookId.FromFileName("直播黑屏"));
    }

    [Fact]
    public void Falls_back_to_the_file_name_then_numbers_when_an_id_is_taken()
    {
        var taken = new HashSet<string> { "bot-flood", "bot-flood-copy" };

        Assert.Equal("bot-flood-copy-2", PlaybookId.Unique("bot-flood", "bot-flood-copy", taken.Contains));
        Assert.Equal("spam", PlaybookId.Unique("bot-flood", "spam", taken.Contains));
        Assert.Equal("new-one", PlaybookId.Unique("new-one", "whatever", taken.Contains));
    }
}
