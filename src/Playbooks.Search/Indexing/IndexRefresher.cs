using System.Security.Cryptography;
using Playbooks.Core.Authoring;
using Playbooks.Core.Diagnostics;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;
using Playbooks.Core.Settings;
using Playbooks.Search.Analysis;
using Playbooks.Search.Storage;

namespace Playbooks.Search.Indexing;

/// <summary>
/// Brings the index in line with the files: a file whose size and modification time are as indexed is taken as
/// unchanged without reading it; otherwise its content hash decides. A changed lexicon re-indexes everything. All
/// writes of one refresh are one transaction, committed last together with the lexicon fingerprint, so a process
/// killed half-way leaves the previous, consistent index.
/// </summary>
public sealed class IndexRefresher(Analyzer analyzer, PlaybookParser parser)
{
    public const string LexiconMetaKey = "lexicon_fingerprint";

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
        var settings = SettingsFile.Load(knowledgeBase);
        var fileParser = parser.With(settings.Severity);
        // The settings decide how files read (a team's severity labels), so they count like the lexicon: any change
        // re-indexes everything. Without a playbooks.yml the stored value is the lexicon's alone.
        var fingerprint = settings.Fingerprint.Length == 0 ? analyzer.Lexicon.Fingerprint : $"{analyzer.Lexicon.Fingerprint}+{settings.Fingerprint}";
        var storedFingerprint = store.ReadMeta(LexiconMetaKey);
        var lexiconChanged = storedFingerprint != fingerprint;
        if (lexiconChanged && indexed.Count > 0)
            notices.Add(storedFingerprint == analyzer.Lexicon.Fingerprint || storedFingerprint?.StartsWith(analyzer.Lexicon.Fingerprint + "+", StringComparison.Ordinal) == true
                ? $"团队设置 {SettingsFile.FileName} 已变更，正在重建全部索引…"
                : "词表已变更，正在重建全部索引…");

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
            return new RefreshReport(0, 0, 0, files.Count, rebuilt, notices, []) { Settings = settings.Findings, MetadataProblems = MetadataProblems(store) };
        }

        // Parse and analyse in parallel (both are thread-safe); SQLite writes stay on this thread.
        var prepared = changed.AsParallel().AsOrdered().Select(file => Prepare(file, fileParser)).ToList();

        var skipped = new List<SkippedFile>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal); // id → path, for duplicate detection
        var changedPaths = changed.Select(c => c.Relative).ToHashSet(StringComparer.Ordinal);
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
                var stored = item.Stored;
                if (stored is not null && ids.TryGetValue(stored.Id, out var owner) && owner != stored.Path)
                {
                    // A shared id never hides a playbook: the one indexed first keeps it (path order in a full build,
                    // as KnowledgeBaseLoader does), this one goes by an id from its file name; lint reports both.
                    var id = PlaybookId.Unique(stored.Id, Path.GetFileNameWithoutExtension(stored.Path),
                        candidate => ids.TryGetValue(candidate, out var holder) && holder != stored.Path);
                    stored = stored with { Id = id, MetadataProblems = true };
                }

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
                if (stored is null)
                {
                    writer.RememberGuide(item.File.Relative, item.File.Stamp);
                    if (previous is not null)
                        removedCount++; // became a guide: guides are not SOP search results
                    continue;
                }
                if (guides.ContainsKey(item.File.Relative))
                    writer.ForgetGuide(item.File.Relative); // was a guide, is a playbook now
                writer.Insert(stored, item.File.Stamp, item.Analysis!.Words, item.Analysis.Grams);
                ids[stored.Id] = stored.Path;
                if (previous is null || lexiconChanged) added++; else updated++;
            }
            writer.SetMeta(LexiconMetaKey, fingerprint);
            writer.SetMeta("refreshed_at", DateTimeOffset.UtcNow.ToString("O"));
            writer.Commit();
        }
        return new RefreshReport(added, updated, removedCount, files.Count - changed.Count, rebuilt || lexiconChanged, notices, skipped)
        {
            Settings = settings.Findings,
            MetadataProblems = MetadataProblems(store),
        };
    }

    private static int MetadataProblems(IndexStore store)
    {
        using var reader = store.OpenReader();
        return reader.MetadataProblems();
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

    private sealed record Prepared(SourceFile File, StoredPlaybook? Stored, DocumentAnalysis? Analysis, List<Core.Diagnostics.Finding> Errors);

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

    /// <summary>
    /// Parses and analyses one file. Only a file that cannot be read (<see cref="ParsedFile.IsUsable"/>: empty, not UTF-8,
    /// too large, no section at all) is left out; any other finding, metadata problems and missing sections included,
    /// leaves the playbook searchable.
    /// </summary>
    private Prepared Prepare(SourceFile file, PlaybookParser fileParser)
    {
        var parsed = fileParser.Parse(file.Display, file.Bytes!);
        if (!parsed.IsUsable)
            return new Prepared(file, null, null, parsed.Findings.Where(f => f.IsError).ToList());
        if (parsed.Playbook.Kind != PlaybookKind.Playbook)
            return new Prepared(file, null, null, []);

        var stored = FieldExtractor.Extract(parsed.Playbook, file.Relative) with
        {
            MetadataProblems = parsed.Findings.Any(f => FindingCodes.Metadata.Contains(f.Code)),
        };
        return new Prepared(file, stored, DocumentAnalysis.Of(stored, analyzer), []);
    }
}
