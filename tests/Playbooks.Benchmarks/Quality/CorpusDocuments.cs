using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Model;
using Playbooks.Search.Documents;

namespace Playbooks.Benchmarks.Quality;

/// <summary>
/// The playbooks of a knowledge base as field texts, extracted exactly as our own indexer extracts them, so the
/// baselines and our engine see the same words in the same fields. Every file that parses is included, whatever
/// its metadata findings say: a Lucene user indexes the files as the team wrote them.
/// </summary>
internal static class CorpusDocuments
{
    public static IReadOnlyList<StoredPlaybook> Load(string knowledgeBase)
    {
        var loaded = new KnowledgeBaseLoader().Load(knowledgeBase);
        return loaded.Files
            .Select(f => f.Playbook)
            .OfType<Playbook>()
            .Where(p => p.Kind == PlaybookKind.Playbook)
            .DistinctBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => FieldExtractor.Extract(p, Path.GetRelativePath(knowledgeBase, p.Path)))
            .ToList();
    }
}
