using Playbooks.Core.KnowledgeBase;

namespace Playbooks.Core.Tests.KnowledgeBase;

public sealed class UnknownPlaybookIdTests
{
    private static readonly string[] Known = ["exam-slot-grab", "coach-bribe", "weather-cancel"];

    [Fact]
    public void Suggests_the_id_typed_in_capitals()
    {
        // Caps lock on, or an id copied from a heading: every letter differs in case, none in spelling.
        var error = UnknownPlaybookId.Error("EXAM-SLOT-GRAB", Known);

        Assert.Equal(("找不到 id 为“EXAM-SLOT-GRAB”的预案", "最接近的 id：exam-slot-grab。用 `playbooks list` 查看全部，或用 `playbooks search \"描述\"` 按情况查找"),
            (error.Message, error.Remedy));
    }

    [Fact]
    public void Suggests_nothing_for_an_id_unlike_any_other()
    {
        Assert.Empty(UnknownPlaybookId.Closest("refund-wave", Known));
    }
}
