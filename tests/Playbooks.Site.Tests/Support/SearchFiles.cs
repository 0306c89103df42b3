using System.IO.Compression;
using System.Text.Json.Nodes;
using Playbooks.Site.Content;

namespace Playbooks.Site.Tests.Support;

/// <summary>Reads a built site's search data: search-data.js (the whole index) and the gzip files under search/.</summary>
public static class SearchFiles
{
    /// <summary>The object search-data.js assigns to its global.</summary>
    public static JsonNode WholeIndex(BuiltSite site)
    {
        var text = site.Text(SitePaths.SearchData);
        var start = text.IndexOf('{');
        return JsonNode.Parse(text[start..(text.LastIndexOf('}') + 1)])!;
    }

    /// <summary>A gzip JSON file of the chunked index, e.g. <see cref="SitePaths.SearchIndex"/>.</summary>
    public static JsonNode Read(BuiltSite site, string path)
    {
        using var gzip = new GZipStream(File.OpenRead(site.PathOf(path)), CompressionMode.Decompress);
        return JsonNode.Parse(gzip)!;
    }

    /// <summary>search.js's spell: each character's syllable from the manifest's table, or the character itself.</summary>
    public static Func<string, string> Spelling(JsonNode manifest)
    {
        var readings = new Dictionary<char, string>();
        foreach (var (syllable, characters) in manifest["pinyin"]!.AsObject())
            foreach (var c in (string)characters!)
                readings[c] = syllable;
        return gram => gram.Length is 1 or 2 ? string.Concat(gram.Select(c => readings.GetValueOrDefault(c, c.ToString()))) : gram;
    }
}
