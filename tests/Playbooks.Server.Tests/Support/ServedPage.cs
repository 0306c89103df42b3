using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Playbooks.Server.Tests.Support;

/// <summary>One response of the server as a browser would see it: status, media type, policy, text and parsed HTML.</summary>
internal sealed record ServedPage(HttpStatusCode Status, string? MediaType, string? ContentSecurityPolicy, string Text, IDocument Html)
{
    private static readonly HtmlParser Parser = new();

    public static async Task<ServedPage> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var csp = response.Headers.TryGetValues("Content-Security-Policy", out var values) ? string.Join(", ", values) : null;
        return new ServedPage(response.StatusCode, response.Content.Headers.ContentType?.MediaType, csp, text, Parser.ParseDocument(text));
    }

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>Every URL-valued attribute of <paramref name="document"/>: href, src, action.</summary>
    public static IEnumerable<(IElement Element, string Url)> Urls(IDocument document) =>
        document.QuerySelectorAll("[href], [src], [action]")
            .SelectMany(e => new[] { "href", "src", "action" }.Where(e.HasAttribute).Select(a => (e, e.GetAttribute(a)!)));
}
