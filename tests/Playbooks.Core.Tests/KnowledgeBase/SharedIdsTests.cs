using Playbooks.Core.KnowledgeBase;

namespace Playbooks.Core.Tests.KnowledgeBase;

/// <summary>Who keeps an id several files declare: the same answer however the files are listed.</summary>
public sealed class SharedIdsTests
{
    [Fact]
    public void The_file_named_after_the_id_keeps_it_even_when_a_copy_comes_first_in_path_order()
    {
        var ids = SharedIds.Resolve([("aa/dup.md", "printer-offline"), ("store/printer-offline.md", "printer-offline")]);

        Assert.Equal("printer-offline", ids["store/printer-offline.md"]);
        Assert.Equal("dup", ids["aa/dup.md"]);
    }

    [Fact]
    public void Among_files_all_or_none_named_after_the_id_the_first_in_path_order_keeps_it()
    {
        var named = SharedIds.Resolve([("b/same.md", "same"), ("a/same.md", "same")]);
        var unnamed = SharedIds.Resolve([("b/one.md", "same"), ("a/two.md", "same")]);

        Assert.Equal(("same", "same-2"), (named["a/same.md"], named["b/same.md"]));
        Assert.Equal(("same", "one"), (unnamed["a/two.md"], unnamed["b/one.md"]));
    }

    [Fact]
    public void A_file_that_gives_way_never_takes_an_id_another_file_declares()
    {
        var ids = SharedIds.Resolve([("a/x.md", "x"), ("b/x.md", "x"), ("c/x-2.md", "x-2")]);

        Assert.Equal(3, ids.Values.Distinct().Count());
        Assert.Equal(("x", "x-2"), (ids["a/x.md"], ids["c/x-2.md"]));
        Assert.Equal("x-3", ids["b/x.md"]);
    }

    [Fact]
    public void Files_that_share_no_id_keep_their_own()
    {
        var ids = SharedIds.Resolve([("a/one.md", "first"), ("b/two.md", "second")]);

        Assert.Equal(("first", "second"), (ids["a/one.md"], ids["b/two.md"]));
    }
}
