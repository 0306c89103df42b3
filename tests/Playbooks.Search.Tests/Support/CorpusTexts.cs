using Playbooks.Core.Parsing;
using Playbooks.Search.Documents;

namespace Playbooks.Search.Tests.Support;

/// <summary>Real texts for sameness tests: what analysis sees when a knowledge base is indexed, and more.</summary>
internal static class CorpusTexts
{
    /// <summary>Every indexed field of every playbook in <paramref name="folder"/>, and each file's whole text (front matter, Markdown and all).</summary>
    public static List<string> Of(string folder)
    {
        var parser = new PlaybookParser();
        var texts = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            texts.Add(text);
            if (parser.Parse(file, text).Playbook is { } playbook)
                texts.AddRange(FieldExtractor.Extract(playbook, file).Fields.Values.Where(v => v.Length > 0));
        }
        return texts;
    }

    /// <summary>The playbooks of <paramref name="folder"/> as the index stores them, in path order (guides left out).</summary>
    public static List<StoredPlaybook> Playbooks(string folder)
    {
        var parser = new PlaybookParser();
        return Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(file => parser.Parse(file, File.ReadAllText(file)).Playbook)
            .Where(p => p is { Kind: Core.Model.PlaybookKind.Playbook })
            .Select(p => FieldExtractor.Extract(p!, Path.GetRelativePath(folder, p!.Path)))
            .ToList();
    }
}
