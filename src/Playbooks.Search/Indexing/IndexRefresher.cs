using System.Security.Cryptography;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;
using Playbooks.Search.Analysis;
using Playbooks.Search.Storage;

namespace Playbooks.Search.Indexing;

/// <summary>
/// Brings the index in line with the files: content hashes decide what changed; a changed lexicon re-indexes
/// everything. All writes of one refresh are one transaction, committed last together with the lexicon
/// fingerprint, so a process killed half-way leaves the previous, consistent index.
/// </summary>
public sealed class IndexRefresher(Analyzer analyzer, PlaybookParser parser)
{
    public const string LexiconMetaKey = "lexicon_fingerprint";

    public RefreshReport Refresh(string knowledgeBase, IndexStore store, bool rebuilt = false)
    {
        var notices = new List<string>();
        var files = ReadFiles(knowledgeBase);
        var indexed = store.Files();

        var lexiconChanged = store.ReadMeta(LexiconMetaKey) != analyzer.Lexicon.Fingerprint;
        if (lexiconChanged && indexed.Count > 0)
            notices.Add("词表已变更，正在重建全部索引…");

        var current = files.ToDictionary(f => f.Relative, StringComparer.Ordinal);
        var removed = indexed.Values.Where(i => !current.ContainsKey(i.Path)).ToList();
        var changed = files.Where(f => lexiconChanged || !indexed.TryGetValue(f.Relative, out var old) || old.Hash != f.Hash).ToList();
        if (changed.Count == 0 && removed.Count == 0 && !lexiconChanged)
            return new RefreshReport(0, 0, 0, files.Count, rebuilt, notices, []);

        // Parse and analyse in parallel (both are thread-safe); SQLite writes stay on this thread.
        var prepared = changed.AsParallel().AsOrdered().Select(Prepare).ToList();

        var skipped = new List<SkippedFile>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal); // id → path, for duplicate detection
        foreach (var file in indexed.Values)
            if (current.ContainsKey(file.Path) && !changed.Any(c => c.Relative == file.Path))
                ids[file.Id] = file.Path;

        int added = 0, updated = 0, removedCount = 0;
        using (var writer = store.BeginWrite())
        {
            if (lexiconChanged)
                writer.DeleteAll();
            foreach (var gone in removed)
            {
                if (!lexiconChanged)
                    writer.Delete(gone.RowId);
                removedCount++;
            }
            foreach (var item in prepared)
            {
                indexed.TryGetValue(item.File.Relative, out var previous);
                if (item.Errors.Count == 0 && item.Stored is { } doc && ids.TryGetValue(doc.Id, out var owner) && owner != doc.Path)
                    item.Errors.Add(new Core.Diagnostics.Finding(item.File.Display, 1, 1, Core.Diagnostics.FindingLevel.Error, Core.Diagnostics.FindingCodes.DuplicateId,
                        $"id“{doc.Id}”重复：{owner} 也使用了这个 id", "每个预案的 id 必须唯一"));

                if (item.Errors.Count > 0)
                {
                    // Keep the last good version (unless the lexicon changed: its terms would be stale).
                    var keep = previous is not null && !lexiconChanged;
                    skipped.Add(new SkippedFile(item.File.Display, item.Errors, keep));
                    if (keep)
                        ids[previous!.Id] = previous.Path;
                    continue;
                }
                if (previous is not null && !lexiconChanged)
                    writer.Delete(previous.RowId);
                if (item.Stored is null)
                {
                    if (previous is not null)
                        removedCount++; // became a guide: guides are not SOP search results
                    continue;
                }
                writer.Insert(item.Stored, item.File.Hash, item.Terms!);
                ids[item.Stored.Id] = item.Stored.Path;
                if (previous is null || lexiconChanged) added++; else updated++;
            }
            writer.SetMeta(LexiconMetaKey, analyzer.Lexicon.Fingerprint);
            writer.SetMeta("refreshed_at", DateTimeOffset.UtcNow.ToString("O"));
            writer.Commit();
        }
        return new RefreshReport(added, updated, removedCount, files.Count - changed.Count, rebuilt || lexiconChanged, notices, skipped);
    }

    // A class rather than a struct: generic code over reference types is shared and already precompiled in the
    // framework's ReadyToRun images, whereas each List/Dictionary/LINQ instantiation over a struct is JIT-compiled
    // when a cold `playbooks search` first touches it.
    private sealed record SourceFile(string Relative, string Display, string Hash, byte[] Bytes);

    /// <summary>
    /// Below this many files, reading and hashing on one thread is faster than starting the thread pool (and JIT-compiling
    /// PLINQ), which is what the every-search freshness check on a typical knowledge base pays.
    /// </summary>
    private const int ParallelReadThreshold = 64;

    /// <summary>Reads and hashes every playbook file, in <see cref="PlaybookFiles.Enumerate"/> order; unreadable files are left out.</summary>
    private static List<SourceFile> ReadFiles(string knowledgeBase)
    {
        var paths = PlaybookFiles.Enumerate(knowledgeBase);
        var read = new SourceFile?[paths.Count];
        if (paths.Count < ParallelReadThreshold)
            for (var i = 0; i < paths.Count; i++)
                read[i] = ReadFile(knowledgeBase, paths[i]);
        else
            Parallel.For(0, paths.Count, i => read[i] = ReadFile(knowledgeBase, paths[i]));
        var files = new List<SourceFile>(paths.Count);
        foreach (var file in read)
            if (file is not null)
                files.Add(file);
        return files;
    }

    private sealed record Prepared(SourceFile File, StoredPlaybook? Stored, string[][]? Terms, List<Core.Diagnostics.Finding> Errors);

    private static SourceFile? ReadFile(string root, string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            return new SourceFile(PlaybookFiles.Relative(root, path), KnowledgeBaseLoader.DisplayPath(root, path), Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // vanished or unreadable between listing and reading: treated as absent this time
        }
    }

    private Prepared Prepare(SourceFile file)
    {
        var parsed = parser.Parse(file.Display, file.Bytes);
        var errors = parsed.Findings.Where(f => f.IsError).ToList();
        if (errors.Count > 0 || parsed.Playbook is null)
            return new Prepared(file, null, null, errors);
        if (parsed.Playbook.Kind != PlaybookKind.Playbook)
            return new Prepared(file, null, null, errors);

        var stored = FieldExtractor.Extract(parsed.Playbook, file.Relative);
        // terms[table][field]: the three representations of every field, in IndexSchema.TermTables order.
        var terms = IndexSchema.TermTables.Select(_ => new string[IndexedFields.All.Count]).ToArray();
        for (var i = 0; i < IndexedFields.All.Count; i++)
        {
            var analyzed = analyzer.Analyze(stored.Fields[IndexedFields.All[i]]);
            terms[0][i] = string.Join(' ', analyzed.Words.Select(t => t.Term));
            terms[1][i] = string.Join(' ', analyzed.Bigrams.Select(t => t.Term));
            terms[2][i] = string.Join(' ', analyzed.Pinyin.Select(t => t.Term));
        }
        return new Prepared(file, stored, terms, errors);
    }
}
