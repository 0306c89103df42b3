using Playbooks.Core;
using Playbooks.Site.Content;

namespace Playbooks.Site.Tests.Content;

public sealed class SiteAddressesTests
{
    [Theory]
    [InlineData("/handbook", "/handbook/")]
    [InlineData("/handbook//", "/handbook/")]
    [InlineData("/", "/")]
    [InlineData("https://ops.example.com/handbook", "https://ops.example.com/handbook/")]
    public void A_base_url_ends_in_one_slash(string given, string expected) => Assert.Equal(expected, SiteAddresses.BaseUrl(given));

    [Theory]
    [InlineData("handbook")]
    [InlineData("//cdn.example.com/x")]
    [InlineData("file:///tmp/site")]
    [InlineData("/handbook?v=1")]
    [InlineData("javascript:alert(1)")]
    public void A_base_url_that_is_no_site_root_is_a_usage_error(string given)
    {
        var error = Assert.Throws<PlaybooksException>(() => SiteAddresses.BaseUrl(given));

        Assert.Equal(ErrorKind.BadValue, error.Kind);
        Assert.Equal("--base-url", error.Location);
    }

    [Fact]
    public void A_repository_url_loses_its_trailing_slash() =>
        Assert.Equal("https://github.com/team/ops/edit/main", SiteAddresses.RepositoryUrl("https://github.com/team/ops/edit/main/"));

    [Theory]
    [InlineData("git@github.com:team/ops.git")]
    [InlineData("/team/ops")]
    [InlineData("https://github.com/team/ops?tab=1")]
    [InlineData("https://github.com/team/ops\" onclick=\"x")]
    public void A_repository_url_must_be_a_web_address(string given) =>
        Assert.Equal(ErrorKind.BadValue, Assert.Throws<PlaybooksException>(() => SiteAddresses.RepositoryUrl(given)).Kind);
}
