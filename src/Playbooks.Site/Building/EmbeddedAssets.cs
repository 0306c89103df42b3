namespace Playbooks.Site.Building;

/// <summary>
/// The stylesheet, scripts and icon shipped inside this assembly (Assets/ in the source tree): written into every
/// generated site, and served by <c>playbooks serve</c> for the pages it renders with these components.
/// </summary>
public static class EmbeddedAssets
{
    private const string Prefix = "assets/";

    /// <summary>Site-relative path and content of every asset, in ordinal path order.</summary>
    public static IEnumerable<(string Path, byte[] Bytes)> All()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            yield return (name.Replace('\\', '/'), copy.ToArray());
        }
    }

    /// <summary>The text of one asset, e.g. <c>assets/search.js</c>.</summary>
    public static string Text(string path) =>
        System.Text.Encoding.UTF8.GetString(All().First(a => a.Path == path).Bytes);
}
