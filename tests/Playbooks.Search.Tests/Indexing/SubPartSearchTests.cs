using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Indexing;

/// <summary>
/// Text a team writes under its own <c>##</c> heading between the five parts (<c>## 时间线</c>, <c>## 相关链接</c>) is
/// searched as text of the part before it, instead of being left out of the index.
/// </summary>
public sealed class SubPartSearchTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    public void Text_under_an_unrecognised_heading_is_found_like_the_part_before_it()
    {
        _kb.Write(new PlaybookText("qr-leak", "群二维码被转发到外部")
        {
            Background = "群二维码被人转发。",
            Retrospective = "补充检查清单。\n\n## 时间线\n\n九点发现二维码外传，十点由班主任重新生成。",
        });
        _kb.Write(new PlaybookText("other", "直播间突然没声音") { Background = "直播间没有声音。" });

        using var engine = _kb.Open();
        // Words written only under 时间线.
        var results = engine.Search("班主任重新生成").Results;

        Assert.Equal("qr-leak", Assert.Single(results).Id);
    }
}
