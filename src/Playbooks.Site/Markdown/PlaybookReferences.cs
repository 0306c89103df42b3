using System.Net;
using System.Text.RegularExpressions;

namespace Playbooks.Site.Markdown;

/// <summary>
/// Playbooks point at their neighbours by id in brackets (“看竞品冒充预案（competitor-impersonation）”). On the site
/// such an id becomes a link to that playbook showing its title (the id is the tooltip); ids that are not in the knowledge base stay
/// plain text, so a typo never produces a broken link.
/// </summary>
public static partial class PlaybookReferences
{
    /// <param name="html">Rendered HTML; only text between brackets is touched, never tags or attributes.</param>
    /// <param name="resolve">Id → (href, title) for known ids, null otherwise.</param>
    public static string Link(string html, Func<string, (string Href, string Title)?> resolve) =>
        BracketedId().Replace(html, match =>
        {
            var id = match.Groups["id"].Value;
            if (resolve(id) is not { } target)
                return match.Value;
            // The reader sees the title; the id stays in the tooltip for authors, who write ids.
            var title = WebUtility.HtmlEncode(target.Title);
            return $"{match.Groups["open"].Value}<a class=\"ref\" href=\"{WebUtility.HtmlEncode(target.Href)}\" title=\"{id}\">{title}</a>{match.Groups["close"].Value}";
        });

    // An id alone inside full- or half-width brackets, outside any tag (the next '<' comes before any '>').
    [GeneratedRegex(@"(?<open>[（(])(?<id>[a-z0-9]+(?:-[a-z0-9]+)+)(?<close>[）)])(?=[^>]*(?:<|$))")]
    private static partial Regex BracketedId();
}
