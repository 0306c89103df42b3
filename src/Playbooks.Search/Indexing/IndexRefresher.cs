using System.Security.Cryptography;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;
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
        var lexiconChanged = store.ReadMeta(LexiconMetaKey) != analyzer.Lexicon.Fingerprint;
        if (lexiconChanged && indexed.Count > 0)
            notices.Add("词表已变更，正在重建全部索引…");

        var (files, unreadable) = ReadFiles(knowledgeBase, lexiconChanged ? null : indexed, guides);
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
            return new RefreshReport(0, 0, 0, files.Count, rebuilt, notices, unreadable);
        }

        // Parse and analyse in parallel (both are thread-safe); SQLite writes stay on this thread.
        var prepared = changed.AsParallel().AsOrdered().Select(Prepare).ToList();

        var skipped = new List<SkippedFile>(unreadable);
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
            writer.SetMeta(LexiconMetaKey, analyzer.Lexicon.Fingerprint);
            writer.SetMeta("refreshed_at", DateTimeOffset.UtcNow.ToString("O"));
            writer.Commit();
        }
        return new RefreshReport(added, updated, removedCount, files.Count - changed.Count, rebuilt || lexiconChanged, notices, skipped);
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
    /// holds it with the same size and modification time. Files and folders that cannot be read (or are pipes or
    /// devices, which are never opened) are left out of the first list and reported in the second.
    /// </summary>
    private static (List<SourceFile> Files, List<SkippedFile> Unreadable) ReadFiles(string knowledgeBase,
        IReadOnlyDictionary<string, IndexedFile>? indexed, IReadOnlyDictionary<string, SourceStamp> guides)
    {
        var listing = PlaybookFiles.Scan(knowledgeBase);
        var paths = listing.Files;
        var read = new object?[paths.Count]; // a SourceFile, or the SkippedFile saying why it could not be read
        var racyBefore = DateTime.UtcNow - RacyWindow;
        if (paths.Count < ParallelReadThreshold)
            for (var i = 0; i < paths.Count; i++)
                read[i] = ReadFile(knowledgeBase, paths[i], indexed, guides, racyBefore);
        else
            Parallel.For(0, paths.Count, i => read[i] = ReadFile(knowledgeBase, paths[i], indexed, guides, racyBefore));
        var files = new List<SourceFile>(paths.Count);
        var unreadable = new List<SkippedFile>();
        foreach (var file in read)
            if (file is SourceFile source)
                files.Add(source);
            else if (file is SkippedFile skipped)
                unreadable.Add(skipped);
        foreach (var folder in listing.UnreadableFolders)
        {
            var display = KnowledgeBaseLoader.DisplayPath(knowledgeBase, folder);
            unreadable.Add(new SkippedFile(display, [KnowledgeBaseLoader.UnreadableFolder(display)], false));
        }
        return (files, unreadable);
    }

    private sealed record Prepared(SourceFile File, StoredPlaybook? Stored, DocumentAnalysis? Analysis, List<Core.Diagnostics.Finding> Errors);

    private static object? ReadFile(string root, string path, IReadOnlyDictionary<string, IndexedFile>? indexed,
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
            var display = KnowledgeBaseLoader.DisplayPath(root, path);
            var read = PlaybookFileReader.Read(path, display);
            if (read.Problem is { } problem)
                return new SkippedFile(display, [problem], false);
            // At most the size limit + 1 bytes were read: the parser reports the file as too large.
            var bytes = read.Bytes!;
            return new SourceFile(relative, display,
                new SourceStamp(Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length, modified), bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // vanished between listing and reading: treated as absent this time
        }
    }

    private Prepared Prepare(SourceFile file)
    {
        var parsed = parser.Parse(file.Display, file.Bytes!);
        var errors = parsed.Findings.Where(f => f.IsError).ToList();
        if (errors.Count > 0 || parsed.Playbook is null)
            return new Prepared(file, null, null, errors);
        if (parsed.Playbook.Kind != PlaybookKind.Playbook)
            return new Prepared(file, null, null, errors);

        try
        {
            var stored = FieldExtractor.Extract(parsed.Playbook, file.Relative);
            return new Prepared(file, stored, DocumentAnalysis.Of(stored, analyzer), errors);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Isolation, as in the parser: a file our extraction or analysis cannot handle is skipped, the rest indexed.
            errors.Add(new Core.Diagnostics.Finding(file.Display, 0, 0, Core.Diagnostics.FindingLevel.Error, Core.Diagnostics.FindingCodes.ParseFailed,
                $"程序无法为这个文件建立索引（{ex.GetType().Name}：{ex.Message}），已跳过", "其他文件不受影响；请把这个文件和这条信息反馈给维护者"));
            return new Prepared(file, null, null, errors);
        }
    }
}
