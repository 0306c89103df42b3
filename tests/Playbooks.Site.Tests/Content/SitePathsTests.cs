using Playbooks.Site.Content;

namespace Playbooks.Site.Tests.Content;

public sealed class SitePathsTests
{
    [Theory]
    [InlineData("index.html", "catalog.html", "catalog.html")]
    [InlineData("playbooks/bot-flood.html", "catalog.html", "../catalog.html")]
    [InlineData("playbooks/bot-flood.html", "playbooks/refund-wave.html", "refund-wave.html")]
    [InlineData("tags/刷屏.html", "tags/index.html", "index.html")]
    [InlineData("guides/a.html", "playbooks/b.html", "../playbooks/b.html")]
    [InlineData("index.html", "tags/刷屏.html", "tags/%E5%88%B7%E5%B1%8F.html")]
    [InlineData("guides/a.html", "index.html#reading-path", "../index.html#reading-path")]
    [InlineData("playbooks/a.html", "#handling", "#handling")]
    public void Links_are_relative_to_the_linking_page(string from, string target, string expected) =>
        Assert.Equal(expected, SitePaths.Relative(from, target));

    [Fact]
    public void Tags_keep_their_letters_and_colliding_names_get_a_number()
    {
        var slugs = TagSlugs.Assign(["刷屏", "App崩了", "app崩了", "a/b c", "index", "？？"]);

        Assert.Equal("刷屏", slugs["刷屏"]);
        Assert.Equal("app崩了", slugs["App崩了"]);
        Assert.Equal("app崩了-2", slugs["app崩了"]);
        Assert.Equal("a-b-c", slugs["a/b c"]);
        Assert.Equal("index-2", slugs["index"]);
        Assert.Equal("tag", slugs["？？"]);
    }
}
