namespace Playbooks.Tests.Shared;

/// <summary>
/// The content types a plain static host sends for a generated site's files (gzip chunks as opaque bytes, never as a
/// Content-Encoding), shared by the site tests' server and the site-transfer benchmark.
/// </summary>
internal static class StaticContentTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".gz"] = "application/gzip",
    };

    /// <summary>The content type for <paramref name="file"/>'s extension; unknown ones are plain bytes.</summary>
    public static string Of(string file) =>
        ByExtension.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
}
