using System.Reflection;

namespace Playbooks.Corpus.Harvesting;

/// <summary>The bundled playbooks and lexicon files, embedded in this assembly at build time (see the csproj).</summary>
internal static class BundledSources
{
    private const string PlaybookPrefix = "bundled/playbooks/";
    private const string LexiconPrefix = "bundled/lexicon/";

    private static readonly Assembly Assembly = typeof(BundledSources).Assembly;

    /// <summary>Every bundled playbook or guide file, as (path relative to the knowledge base, text), in ordinal path order.</summary>
    public static IEnumerable<(string RelativePath, string Text)> PlaybookFiles() =>
        Resources(PlaybookPrefix)
            .Where(r => Core.KnowledgeBase.PlaybookFiles.IsPlaybookFileName(Path.GetFileName(r.Relative)))
            .Select(r => (r.Relative, ReadText(r.Name)));

    /// <summary>The lexicon files (words.txt, synonyms.txt, stopwords.txt) as (file name, bytes).</summary>
    public static IEnumerable<(string FileName, byte[] Bytes)> LexiconFiles() =>
        Resources(LexiconPrefix).Select(r => (r.Relative, ReadBytes(r.Name)));

    public static string LexiconText(string fileName) =>
        ReadText(Resources(LexiconPrefix).Single(r => r.Relative == fileName).Name);

    // RecursiveDir uses the build machine's separator, so names built on Windows contain '\'.
    private static IEnumerable<(string Name, string Relative)> Resources(string prefix) =>
        Assembly.GetManifestResourceNames()
            .Select(name => (Name: name, Normalised: name.Replace('\\', '/')))
            .Where(r => r.Normalised.StartsWith(prefix, StringComparison.Ordinal))
            .Select(r => (r.Name, Relative: r.Normalised[prefix.Length..]))
            .OrderBy(r => r.Relative, StringComparer.Ordinal);

    private static byte[] ReadBytes(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string ReadText(string name) => System.Text.Encoding.UTF8.GetString(ReadBytes(name)).TrimStart('\uFEFF');
}
