using System.Security.Cryptography;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;
using Playbooks.Search.Analysis;
using Playbooks.Search.Storage;
using Playbooks.Search.Vocabulary;

namespace Playbooks.Search.Indexing;

/// <summary>
/// Brings the index in line with the files: a file whose size and modification time are as indexed is taken as
/// unchanged without reading it; otherwise its content hash decides. A changed lexicon re-indexes everything. All
/// writes of one refresh are one transaction, committed last together with the lexicon fingerprint, so a process
/// killed half-way leaves the previous, consistent index.
/// </summary>
/// <remarks>
/// Words learned from the playbooks themselves (<see cref="VocabularyLearner"/>) are learned again whenever a file
/// changed, and kept in the index (<see cref="LearnedMetaKey"/>) so queries analyse with the same words. An ordinary
/// refresh re-learns only the named words (tags, bold, titles) and keeps the statistical ones, which a full re-index
/// (a lexicon change, an analyzer upgrade) learns afresh. When the words change, only the unchanged playbooks whose
/// text contains an added or removed word are analysed again: a learned word can only change how text around it is cut.
/// </remarks>
public sealed class IndexRefresher(Analyzer analyzer, PlaybookParser parser)
{
    public const string LexiconMetaKey = "lexicon_fingerprint";
    /// <summary>The learned words, one per line, in the order <see cref="VocabularyLearner"/> gives them.</summary>
    public const string LearnedMetaKey = "learned_words";
    /// <summary>The statistical subset of the learned words, kept as they are by ordinary refreshes.</summary>
    public const string StatisticalMetaKey = "learned_statistical_words";

    /// <summary>The analyzer the index is now built with: the given one, or a new one when the learned words changed.</summary>
    public Analyzer Analyzer { get; private set; } = analyzer;

    /// <summary>The learned words an index holds (none for a new or old index).</summary>
    public static IReadOnlyList<string> StoredLearnedWords(IndexStore store) =>
        store.ReadMeta(LearnedMetaKey) is { Length: > 0 } value ? value.Split('\n') : [];

    /// <summary>
    /// A file modified this recently when it is indexed is stamped as unknown, so the next refresh hashes it again: on a
    /// file system with coarse timestamps, a second save within the same tick and of the same size would otherwise look
    /// unchanged (git's "racily clean" entries).
    /// </summary>
    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    public RefreshReport Refresh(string knowledgeBase, IndexStore store, bool rebuilt = false)
    {
        var notices = new List<string>();
        var indexed = store.Files();
        var guides = store.Guides();
        var lexiconChanged = store.ReadMeta(LexiconMetaKey) != analyzer.Lexicon.Fingerprint;
        if (lexiconChanged && indexed.Count > 0)
            notices.Add("词表已变更，正在重建全部索引…");

        var files = ReadFiles(knowledgeBase, lexiconChanged ? null : indexed, guides);
        var current = files.ToDictionary(f => f.Relative, StringComparer.Ordinal);
        var removed = indexed.Values.Where(i => !current.ContainsKey(i.Path)).ToList();
        var removedGuides = guides.Keys.Where(path => !current.ContainsKey(path)).ToList();
        // Guides are not search results, but their stamps are kept so they are not parsed again by every command.
        bool IsKnownGuide(SourceFile f) => guides.TryGetValue(f.Relative, out var guide) && guide.Hash == f.Stamp.Hash;
        bool IsKnownPlaybook(SourceFile f) => !lexiconChanged && indexed.TryGetValue(f.Relative, out var old) && old.Hash == f.Stamp.Hash;
        var changed = files.Where(f => !IsKnownGuide(f) && !IsKnownPlaybook(f)).ToList();
        // Same content, new size or time (touched, or re-saved unchanged): only the stamp is updated.
        var touched = files.Where(f => f.Bytes is not null && (IsKnownGuide(f) || IsKnownPlaybook(f))).ToList();
        if (changed.Count == 0 && removed.Count == 0 && removedGuides.Count == 0 && !lexiconChanged)
        {
            if (touched.Count > 0)
            {
                using var toucher = store.BeginWrite();
                Touch(toucher, touched, indexed);
                toucher.Commit();
            }
            return new RefreshReport(0, 0, 0, files.Count, rebuilt, notices, []);
        }

        // Parse in parallel (thread-safe); SQLite writes stay on this thread.
        var prepared = changed.AsParallel().AsOrdered().Select(Parse).ToList();
        var changedPaths = changed.Select(c => c.Relative).ToHashSet(StringComparer.Ordinal);
        var learning = Relearn(store, indexed, current, changedPaths, prepared, lexiconChanged);
        var final = Analyzer;
        prepared.Where(p => p.Stored is not null).AsParallel().ForAll(item => item.Analysis = DocumentAnalysis.Of(item.Stored!, final));
        var reanalysed = learning.Reanalyse.AsParallel().AsOrdered().Select(r => (r.File, r.Doc, Analysis: DocumentAnalysis.Of(r.Doc, final))).ToList();

        var skipped = new List<SkippedFile>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal); // id → path, for duplicate detection
        foreach (var file in indexed.Values)
            if (current.ContainsKey(file.Path) && !changedPaths.Contains(file.Path))
                ids[file.Id] = file.Path;

        int added = 0, updated = 0, removedCount = 0;
        using (var writer = store.BeginWrite())
        {
            if (lexiconChanged)
                writer.DeleteAll();
            Touch(writer, lexiconChanged ? touched.Where(IsKnownGuide).ToList() : touched, indexed);
            foreach (var path in removedGuides)
                writer.ForgetGuide(path);
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
                    writer.RememberGuide(item.File.Relative, item.File.Stamp);
                    if (previous is not null)
                        removedCount++; // became a guide: guides are not SOP search results
                    continue;
                }
                if (guides.ContainsKey(item.File.Relative))
                    writer.ForgetGuide(item.File.Relative); // was a guide, is a playbook now
                writer.Insert(item.Stored, item.File.Stamp, item.Analysis!.Words, item.Analysis.Grams);
                ids[item.Stored.Id] = item.Stored.Path;
                if (previous is null || lexiconChanged) added++; else updated++;
            }
            foreach (var (file, doc, analysis) in reanalysed)
            {
                writer.Delete(file.RowId);
                writer.Insert(doc, new SourceStamp(file.Hash, file.Size, file.Modified), analysis.Words, analysis.Grams);
            }
            writer.SetMeta(LearnedMetaKey, string.Join("\n", learning.Words));
            writer.SetMeta(StatisticalMetaKey, string.Join("\n", learning.Statistical));
            writer.SetMeta(LexiconMetaKey, analyzer.Lexicon.Fingerprint);
            writer.SetMeta("refreshed_at", DateTimeOffset.UtcNow.ToString("O"));
            writer.Commit();
        }
        return new RefreshReport(added, updated, removedCount, files.Count - changed.Count, rebuilt || lexiconChanged, notices, skipped)
        {
            Reanalysed = learning.Reanalyse.Count,
        };
    }

    /// <summary>Records new stamps of files whose content is unchanged.</summary>
    private static void Touch(IndexStore.IndexWriter writer, IEnumerable<SourceFile> touched, IReadOnlyDictionary<string, IndexedFile> indexed)
    {
        foreach (var file in touched)
        {
            if (indexed.TryGetValue(file.Relative, out var playbook) && playbook.Hash == file.Stamp.Hash)
                writer.Touch(playbook.RowId, file.Stamp.Size, file.Stamp.Modified);
            else
                writer.RememberGuide(file.Relative, file.Stamp);
        }
    }

    // A class rather than a struct: generic code over reference types is shared and already precompiled in the
    // framework's ReadyToRun images, whereas each List/Dictionary/LINQ instantiation over a struct is JIT-compiled
    // when a cold `playbooks search` first touches it.
    /// <param name="Bytes">The content, when it was read (null: size and time were as indexed, so it was not).</param>
    private sealed record SourceFile(string Relative, string Display, SourceStamp Stamp, byte[]? Bytes);

    /// <summary>
    /// Below this many files, reading and hashing on one thread is faster than starting the thread pool (and JIT-compiling
    /// PLINQ), which is what the every-search freshness check on a typical knowledge base pays.
    /// </summary>
    private const int ParallelReadThreshold = 64;

    /// <summary>
    /// Every playbook file, in <see cref="PlaybookFiles.Enumerate"/> order, read and hashed unless <paramref name="indexed"/>
    /// holds it with the same size and modification time; unreadable files are left out.
    /// </summary>
    private static List<SourceFile> ReadFiles(string knowledgeBase, IReadOnlyDictionary<string, IndexedFile>? indexed,
        IReadOnlyDictionary<string, SourceStamp> guides)
    {
        var paths = PlaybookFiles.Enumerate(knowledgeBase);
        var read = new SourceFile?[paths.Count];
        var racyBefore = DateTime.UtcNow - RacyWindow;
        if (paths.Count < ParallelReadThreshold)
            for (var i = 0; i < paths.Count; i++)
                read[i] = ReadFile(knowledgeBase, paths[i], indexed, guides, racyBefore);
        else
            Parallel.For(0, paths.Count, i => read[i] = ReadFile(knowledgeBase, paths[i], indexed, guides, racyBefore));
        var files = new List<SourceFile>(paths.Count);
        foreach (var file in read)
            if (file is not null)
                files.Add(file);
        return files;
    }

    private sealed record Prepared(SourceFile File, StoredPlaybook? Stored, List<Core.Diagnostics.Finding> Errors)
    {
        public DocumentAnalysis? Analysis { get; set; }
    }

    private sealed record Learning(IReadOnlyList<string> Words, IReadOnlyList<string> Statistical, IReadOnlyList<(IndexedFile File, StoredPlaybook Doc)> Reanalyse);

    /// <summary>
    /// Learns the vocabulary of the knowledge base as it will be after this refresh (parsed changes, plus what the
    /// index keeps of every other playbook); when it differs from the analyzer's, switches <see cref="Analyzer"/> and
    /// lists the unchanged playbooks that contain an added or removed word.
    /// </summary>
    private Learning Relearn(IndexStore store, IReadOnlyDictionary<string, IndexedFile> indexed, IReadOnlyDictionary<string, SourceFile> current,
        HashSet<string> changedPaths, List<Prepared> prepared, bool lexiconChanged)
    {
        var unchanged = lexiconChanged ? [] : indexed.Values.Where(f => current.ContainsKey(f.Path) && !changedPaths.Contains(f.Path)).ToList();
        // A changed file with errors keeps its last good version in the index (unless the lexicon changed).
        var keptPrevious = lexiconChanged ? [] : prepared.Where(p => p.Errors.Count > 0 && indexed.ContainsKey(p.File.Relative))
            .Select(p => indexed[p.File.Relative].RowId).ToList();
        Dictionary<long, StoredPlaybook> stored;
        using (var reader = store.OpenReader())
            stored = reader.Load([.. unchanged.Select(f => f.RowId), .. keptPrevious]);
        var documents = prepared.Where(p => p.Errors.Count == 0 && p.Stored is not null).Select(p => p.Stored!).Concat(stored.Values)
            .OrderBy(d => d.Path, StringComparer.Ordinal).ToList();

        // A full re-index counts every playbook's text; an ordinary refresh keeps the statistical words and re-learns only
        // what authors named (tags, bold, titles), which costs a few words a playbook instead of segmenting them all.
        var learned = VocabularyLearner.LearnWords(documents, analyzer,
            lexiconChanged ? null : store.ReadMeta(StatisticalMetaKey) is { Length: > 0 } kept ? kept.Split('\n') : []);
        var words = learned.Select(w => w.Word).ToList();
        var statistical = learned.Where(w => w.Source == WordSource.Statistics).Select(w => w.Word).ToList();
        var known = analyzer.Lexicon.Learned;
        if (known.Count == words.Count && words.All(known.Contains))
            return new Learning(words, statistical, []);

        Analyzer = new Analyzer(analyzer.Lexicon.WithLearned(words), analyzer.Normalizer);
        var differing = words.Where(w => !known.Contains(w)).Concat(known.Where(w => !words.Contains(w))).ToList();
        var reanalyse = unchanged.Where(f => stored.TryGetValue(f.RowId, out var doc) && Contains(doc, differing))
            .Select(f => (f, stored[f.RowId])).ToList();
        return new Learning(words, statistical, reanalyse);
    }

    private bool Contains(StoredPlaybook doc, IReadOnlyList<string> words)
    {
        foreach (var text in doc.Fields.Values)
        {
            var normalized = analyzer.Normalizer.Normalize(text).Text;
            foreach (var word in words)
                if (normalized.Contains(word, StringComparison.Ordinal))
                    return true;
        }
        return false;
    }

    private static SourceFile? ReadFile(string root, string path, IReadOnlyDictionary<string, IndexedFile>? indexed,
        IReadOnlyDictionary<string, SourceStamp> guides, DateTime racyBefore)
    {
        try
        {
            var relative = PlaybookFiles.Relative(root, path);
            var info = new FileInfo(path);
            var modifiedAt = info.LastWriteTimeUtc;
            var modified = modifiedAt < racyBefore ? modifiedAt.Ticks : 0; // 0: never matches, so hashed next time
            var known = indexed is not null && indexed.TryGetValue(relative, out var playbook)
                ? new SourceStamp(playbook.Hash, playbook.Size, playbook.Modified)
                : guides.GetValueOrDefault(relative);
            if (known is not null && known.Modified != 0 && known.Size == info.Length && known.Modified == modifiedAt.Ticks)
                return new SourceFile(relative, KnowledgeBaseLoader.DisplayPath(root, path), known, null);
            var bytes = File.ReadAllBytes(path);
            return new SourceFile(relative, KnowledgeBaseLoader.DisplayPath(root, path),
                new SourceStamp(Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length, modified), bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // vanished or unreadable between listing and reading: treated as absent this time
        }
    }

    private Prepared Parse(SourceFile file)
    {
        var parsed = parser.Parse(file.Display, file.Bytes!);
        var errors = parsed.Findings.Where(f => f.IsError).ToList();
        if (errors.Count > 0 || parsed.Playbook is null)
            return new Prepared(file, null, errors);
        if (parsed.Playbook.Kind != PlaybookKind.Playbook)
            return new Prepared(file, null, errors);
        return new Prepared(file, FieldExtractor.Extract(parsed.Playbook, file.Relative), errors);
    }
}
