using Playbooks.Site.Content;

namespace Playbooks.Site.Tests.Content;

public sealed class TagOrderTests
{
    [Fact]
    public void Sorts_Chinese_tags_by_pinyin_as_a_dictionary_does()
    {
        string[] tags = ["退款", "小号", "安全", "刷屏", "差评"];

        Assert.Equal(["安全", "差评", "刷屏", "退款", "小号"], tags.Order(TagOrder.Pinyin));
    }

    [Fact]
    public void Tags_that_collate_equal_still_get_one_fixed_order()
    {
        string[] tags = ["App", "app"];

        Assert.Equal(tags.Order(TagOrder.Pinyin), tags.Reverse().Order(TagOrder.Pinyin));
    }
}
