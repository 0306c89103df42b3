using Playbooks.Core;

namespace Playbooks.Site.Content;

/// <summary>The addresses <c>playbooks site</c> may be given: where the site is served, and where its files are edited.</summary>
public static class SiteAddresses
{
    /// <summary>
    /// <c>--base-url</c>: a root-relative path (<c>/handbook</c>) or an absolute http(s) address
    /// (<c>https://ops.example.com/handbook</c>), returned with exactly one trailing '/'.
    /// </summary>
    /// <exception cref="PlaybooksException">Anything else (<see cref="ErrorKind.BadValue"/>): a relative path, another scheme, a query.</exception>
    public static string BaseUrl(string value)
    {
        var trimmed = value.Trim();
        var rooted = trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal);
        if (!(rooted || IsWebAddress(trimmed)) || HasUnsafeCharacters(trimmed))
            throw new PlaybooksException($"--base-url 的值“{value}”不是站点的根地址",
                "写成以 / 开头的路径或完整的 http(s) 地址，例如 --base-url /handbook/ 或 --base-url https://ops.example.com/handbook/",
                "--base-url", ErrorKind.BadValue);
        return trimmed.TrimEnd('/') + "/";
    }

    /// <summary>
    /// <c>--repo-url</c>: an absolute http(s) address that a page's source path is appended to for its "编辑此页" link
    /// (<c>https://github.com/team/ops/edit/main</c>), returned without a trailing '/'.
    /// </summary>
    /// <exception cref="PlaybooksException">Not an http(s) address (<see cref="ErrorKind.BadValue"/>).</exception>
    public static string RepositoryUrl(string value)
    {
        var trimmed = value.Trim();
        if (!IsWebAddress(trimmed) || HasUnsafeCharacters(trimmed))
            throw new PlaybooksException($"--repo-url 的值“{value}”不是网页地址",
                "写成在线编辑文件的地址前缀，源文件路径会接在后面，例如 --repo-url https://github.com/team/ops/edit/main",
                "--repo-url", ErrorKind.BadValue);
        return trimmed.TrimEnd('/');
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0;

    // A query or fragment would swallow the path appended after it; quotes, brackets and spaces have no place in
    // an address written into an attribute.
    private static bool HasUnsafeCharacters(string text) => text.IndexOfAny(['?', '#', '"', '\'', '<', '>', ' ', '\\']) >= 0;
}
