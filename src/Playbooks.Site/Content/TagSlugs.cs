using System.Globalization;
using System.Text;

namespace Playbooks.Site.Content;

/// <summary>
/// File names of tag pages. A tag keeps its letters (Chinese included: the link is percent-encoded); anything a
/// file system or URL could trip over becomes a hyphen. Two tags that differ only in case or punctuation
/// (App崩了 / app崩了) would collide on case-insensitive disks, so later ones get -2, -3 in ordinal tag order.
/// </summary>
public static class TagSlugs
{
    /// <summary>Names taken by other pages of the tags folder.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "index" };

    public static IReadOnlyDictionary<string, string> Assign(IEnumerable<string> tags)
    {
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(Reserved, StringComparer.OrdinalIgnoreCase);
        foreach (var tag in tags.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var stem = Stem(tag);
            var slug = stem;
            for (var n = 2; !taken.Add(slug); n++)
                slug = $"{stem}-{n.ToString(CultureInfo.InvariantCulture)}";
            slugs[tag] = slug;
        }
        return slugs;
    }

    private static string Stem(string tag)
    {
        var builder = new StringBuilder(tag.Length);
        foreach (var c in tag.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        var stem = builder.ToString().Trim('-');
        // Long names are trouble on some disks (255 bytes, 3 per Han character) and unreadable in a URL anyway.
        if (stem.Length > 40)
            stem = stem[..40].TrimEnd('-');
        return stem.Length == 0 ? "tag" : stem;
    }
}
