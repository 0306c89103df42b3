using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Playbooks.Site.Content;
using Playbooks.Site.Tests.Support;

namespace Playbooks.Site.Tests.Generation;

/// <summary>Rules every page obeys: language, relative links only, nothing loaded from outside, Chinese as text.</summary>
public sealed partial class SiteContractTests(Sites sites)
{
    public static TheoryData<string> Kinds => new() { "bundled", "fixture" };

    private Task<BuiltSite> Site(string kind) => kind == "bundled" ? sites.Bundled : sites.Fixture;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_page_is_zh_CN_with_a_title_one_h1_and_a_viewport(string kind)
    {
        var site = await Site(kind);

        foreach (var page in site.Pages())
        {
            var html = site.Html(page);
            Assert.True(html.DocumentElement.GetAttribute("lang") == "zh-CN", $"{page}: lang");
            Assert.False(string.IsNullOrWhiteSpace(html.Title), $"{page}: title");
            Assert.True(html.QuerySelectorAll("h1").Length == 1, $"{page}: one h1");
            Assert.NotNull(html.QuerySelector("meta[name=viewport]"));
            Assert.StartsWith("<!DOCTYPE html>", site.Text(page));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_page_states_the_content_security_policy_before_it_loads_anything(string kind)
    {
        var site = await Site(kind);

        foreach (var page in site.Pages())
        {
            var head = site.Html(page).Head!;
            var policy = head.QuerySelector("meta[http-equiv=Content-Security-Policy]");
            Assert.True(policy?.GetAttribute("content") == PagePolicy.ContentSecurityPolicy, $"{page}: CSP meta");
            Assert.True(head.Children.Index(policy!) < head.Children.Index(head.QuerySelector("link")!), $"{page}: CSP before the first link");
        }
        Assert.Contains("script-src 'self' file:;", PagePolicy.ContentSecurityPolicy);
        Assert.Contains("frame-src 'self'", PagePolicy.ContentSecurityPolicy);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Links_are_relative_and_nothing_is_loaded_from_outside(string kind)
    {
        var site = await Site(kind);

        foreach (var page in site.Pages())
        {
            foreach (var (element, url) in Urls(site.Html(page)))
            {
                Assert.False(url.StartsWith('/'), $"{page}: <{element}> {url} is root-relative; the site must work from any sub-path");
                Assert.DoesNotMatch(SchemeOrProtocolRelative(), url);
            }
        }
    }

    [Fact]
    public async Task Stylesheet_and_scripts_fetch_nothing_from_outside()
    {
        var site = await sites.Bundled;

        var css = site.Text(SitePaths.Stylesheet);
        foreach (Match url in CssUrl().Matches(css))
            Assert.StartsWith("data:", url.Groups[1].Value.Trim('"', '\''));
        Assert.DoesNotContain("@import", css);
        Assert.DoesNotContain("@font-face", css);
        foreach (var script in new[] { SitePaths.SearchScript, SitePaths.SiteScript, SitePaths.SearchData })
        {
            var text = site.Text(script);
            Assert.DoesNotContain("http://", text);
            Assert.DoesNotContain("https://", text);
            // The search script fetches the site's own chunked index, in one place, from addresses relative to the page
            // (ChunkedSearchTests checks in Chromium that every request stays on the site); nothing else fetches.
            Assert.Equal(script == SitePaths.SearchScript ? 1 : 0, Regex.Matches(text, @"\bfetch\([^)]").Count);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Chinese_is_written_as_text_not_character_references(string kind)
    {
        var site = await Site(kind);

        foreach (var page in site.Pages())
        {
            var text = site.Text(page);
            foreach (Match reference in NumericReference().Matches(text))
            {
                var code = Convert.ToInt32(reference.Groups["hex"].Success ? reference.Groups["hex"].Value : reference.Groups["dec"].Value,
                    reference.Groups["hex"].Success ? 16 : 10);
                Assert.True(code < 0x80, $"{page}: {reference.Value} should be written as the character itself");
            }
        }
        Assert.Contains("处理方法", site.Text(SitePaths.Home));
    }

    [Fact]
    public async Task Every_internal_link_points_at_a_file_of_the_site()
    {
        var site = await sites.Bundled;

        foreach (var page in site.Pages())
        {
            foreach (var (element, url) in Urls(site.Html(page)))
            {
                var path = url.Split('#')[0].Split('?')[0];
                if (path.Length == 0)
                    continue;
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(site.PathOf(page))!, Uri.UnescapeDataString(path)));
                Assert.True(File.Exists(target), $"{page}: <{element}> {url} points at nothing");
                Assert.StartsWith(site.Root, target);
            }
        }
    }

    /// <summary>Every URL-valued attribute: href, src, action, srcset.</summary>
    internal static IEnumerable<(string Element, string Url)> Urls(IDocument document) =>
        document.QuerySelectorAll("[href], [src], [action], [srcset]")
            .SelectMany(e => new[] { "href", "src", "action", "srcset" }
                .Where(e.HasAttribute)
                .Select(a => (e.LocalName, e.GetAttribute(a)!)));

    [GeneratedRegex(@"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)")]
    private static partial Regex SchemeOrProtocolRelative();

    [GeneratedRegex(@"url\(([^)]*)\)")]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"&#(?:x(?<hex>[0-9a-fA-F]+)|(?<dec>[0-9]+));")]
    private static partial Regex NumericReference();
}
