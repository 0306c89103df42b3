using System.Security.Cryptography;
using Playbooks.Core.Authoring;
using Playbooks.Core.Diagnostics;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;
using Playbooks.Core.Settings;
using Playbooks.Search.Analysis;
using Playbooks.Search.Postings;
using Playbooks.Search.Storage;
using Playbooks.Search.Vocabulary;
using Playbooks.Search.Documents;

namespace Playbooks.Search.Indexing;

/// <summary>
/// Brings the index in line with the files: a file whose size and modification time are as indexed is taken as
/// unchanged without reading it; otherwise its content hash decides. When every listed file matches the stamps the
/// index keeps as one blob (<see cref="FileStamps"/>), the index's rows are not read at all; a missing, stale or
/// damaged blob only means the rows decide, as they always did. A changed lexicon re-indexes everything. All
/// writes of one refresh are one transaction, committed last together with the lexicon fingerprint, so a process
/// killed half-way leaves the previous, consistent index.
/// </summary>
/// <remarks>
/// Any number of processes (CLI commands, servers) may refresh one index at once. Each decides what changed from the
/// last commit and parses the changed files without holding any lock; it then takes the write lock, and if another
/// process committed meanwhile it decides again against what that process wrote (re-using what it parsed), so it
/// never inserts a playbook the other already inserted nor deletes one twice. The loser of a race waits for the
/// lock and then usually finds nothing left to do.
/// <para>
/// Words learned from the playbooks themselves (<see cref="VocabularyLearner"/>) are learned again whenever a file
/// changed, and kept in the index (<see cref="LearnedMetaKey"/>) so queries analyse with the same words. An ordinary
/// refresh re-learns only the named words (tags, bold, titles) and keeps the statistical ones, which a full re-index
/// (a lexicon change, an analyzer upgrade) learns afresh. When the words change, only the unchanged playbooks whose
/// text contains an added or removed word are analysed again: a learned word can only change how text around it is cut.
/// Learning and analysis run under the write lock, against the state that transaction sees.
/// </para>
/// </remarks>
/// <param name="progress">Told where a refresh that has work to do is (<see cref="IndexProgress"/>); null for nobody.</param>
public sealed class IndexRefresher(Analyzer analyzer, PlaybookParser parser, IProgress<IndexProgress>? progress = null)
{
    public const string LexiconMetaKey = "lexicon_fingerprint";
    /// <summary>The learned words, one per line, in the order <see cref="VocabularyLearner"/> gives them.</summary>
    public const string LearnedMetaKey = "learned_words";

    /// <summary>Meta key: the full path of the knowledge base the index was last written for (see <see cref="ForeignIndexException"/>).</summary>
    public const string KnowledgeBaseMetaKey = "knowledge_base";
    /// <summary>The statistical subset of the learned words, kept as they are by ordinary refreshes.</summary>
    public const string StatisticalMetaKey = "learned_statistical_words";

    /// <summary>The analyzer the index is now built with: the given one, or a new one when the learned words changed.</summary>
    public Analyzer Analyzer => _relearned ?? analyzer;

    private Analyzer? _relearned;

    /// <summary>The learned words an index holds (none for a new or old index).</summary>
    public static IReadOnlyList<string> StoredLearnedWords(IndexStore store) =>
        store.ReadMeta(LearnedMetaKey) is { Length: > 0 } value ? value.Split('\n') : [];

    /// <summary>
    /// A file modified this recently when it is indexed is stamped as unknown, so the next refresh hashes it again: on a
    /// file system with coarse timestamps, a second save within the same tick and of the same size would otherwise look
    /// unchanged (git's "racily clean" entries).
    /// </summary>
    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    /// <param name="checkOwner">
    /// Whether an index last written for another knowledge base is refused (<see cref="ForeignIndexException"/>): for an
    /// index outside the knowledge base, whose folder may be shared; one inside it moves with the folder.
    /// </param>
    public RefreshReport Refresh(string knowledgeBase, IndexStore store, bool rebuilt = false, bool checkOwner = false)
    {
        var settings = SettingsFile.Load(knowledgeBase);
        var fileParser = parser.With(settings.Severity);
        // The settings decide how files read (a team's severity labels), so they count like the lexicon: any change
        // re-indexes everything. Without a playbooks.yml the stored value is the lexicon's alone.
        var fingerprint = settings.Fingerprint.Length == 0 ? analyzer.Lexicon.Fingerprint : $"{analyzer.Lexicon.Fingerprint}+{settings.Fingerprint}";
        RefreshReport Finish(RefreshReport report) => report with { Settings = settings.Findings, MetadataProblems = MetadataProblems(store) };

        progress?.Report(new IndexProgress(IndexStage.Reading, 0, 0));
        // Reading what the index holds and listing the folders do not depend on each other, and at 100 000 playbooks the
        // listing takes hundreds of milliseconds even split over the cores: a large index lists beside the reading. A
        // small one does not start a thread for a listing of a few milliseconds (the every-command check of a typical
        // knowledge base).
        var large = store.LastRowId() >= ParallelReadThreshold;
        var listed = large ? Task.Run(() => List(knowledgeBase, parallel: true)) : null;
        // The kept stamps are one blob: when the files match them, nothing changed and the rows are never read.
        var (stamps, storedFingerprint) = store.ReadStamps(LexiconMetaKey);
        var seen = stamps is null ? store.ReadState(LexiconMetaKey) : null;
        // GetResult rethrows the listing's own exception (an unreadable folder is the user's situation), not an AggregateException.
        var listing = listed?.GetAwaiter().GetResult() ?? List(knowledgeBase, parallel: false);
        if (stamps is not null && storedFingerprint == fingerprint && UnchangedListing.Matches(listing, stamps))
        {
            // The files left out as not playbooks are among the stamps too: said again from what the index remembers.
            using var reader = store.OpenReader();
            var remembered = reader.Skipped().Select(s => RememberedSkips.DecodeWhenRead(knowledgeBase, s.Path, s.Skipped));
            return new RefreshReport(0, 0, 0, listing.Entries.Count, rebuilt, [], Plan.InOrder([], remembered))
            {
                Settings = settings.Findings,
                MetadataProblems = reader.MetadataProblems(),
            };
        }
        seen ??= store.ReadState(LexiconMetaKey);
        var plan = Decide(knowledgeBase, listing, seen, fingerprint);
        if (plan.IsEmpty)
        {
            // Up to date, but the stamps were missing or of another generation (written before they were kept, or by an
            // older build): keep them now, so the next command takes the quick answer.
            if (stamps is null)
                store.RememberStamps(seen);
            return Finish(plan.Report(rebuilt, null, analyzer.Lexicon.Fingerprint));
        }

        // Parse in parallel (thread-safe) before taking the write lock; SQLite writes stay on this thread. A full re-index
        // learns from every playbook's text, and each parsing thread segments and counts what it parsed (LearningPass):
        // one parallel pass, with learning's text segmented into the cache the analysis after it reads.
        var prepared = new Dictionary<(string Path, string Hash), Prepared>();
        using var pass = plan.LexiconChanged ? new LearningPass(analyzer, new SegmentationCache()) : null;
        PrepareMissing(plan, prepared, fileParser, pass);

        using var writer = store.BeginWrite(PinyinBigrams.Spell);
        // Checked again under the write lock: another knowledge base sharing the file may have written it since it was opened.
        if (checkOwner && writer.Meta(KnowledgeBaseMetaKey) is var owner && ForeignIndexException.IsForeign(owner, knowledgeBase))
            throw new ForeignIndexException(owner!);
        var current = writer.State(LexiconMetaKey);
        if (current.Generation != seen.Generation)
        {
            plan = Decide(knowledgeBase, List(knowledgeBase, large), current, fingerprint);
            if (plan.IsEmpty)
                return Finish(plan.Report(rebuilt, null, analyzer.Lexicon.Fingerprint)); // another process wrote exactly this; the writer rolls back unused
            PrepareMissing(plan, prepared, fileParser, null); // what the pass counted no longer covers the plan: learning counts again
        }
        // The vocabulary depends on every playbook, so it is learned (and the changed files analysed with it) only now,
        // against the state no other process can change before this transaction ends.
        // Only stamps changed: nothing to learn (and no reason to read every playbook back).
        var relearn = plan.Changed.Count > 0 || plan.Removed.Count > 0 || plan.LexiconChanged;
        if (relearn)
            progress?.Report(new IndexProgress(IndexStage.Learning, 0, 0));
        var learning = relearn ? Relearn(store, plan, prepared, pass) : null;
        // The counts and the learning analyzer's pieces are not needed to write: let the collector have them.
        pass?.Dispose();
        var final = Analyzer;
        progress?.Report(new IndexProgress(IndexStage.Writing, 0, 0));
        // Analysed a bounded distance ahead of the writer (WriteAhead), so memory stays flat however many files changed.
        var applied = Apply(writer, plan, prepared, fingerprint, final);
        var reanalyse = learning?.Reanalyse.Select(r => new Reanalysed(r.File, r.Doc)).ToList() ?? [];
        foreach (var item in WriteAhead.Prepared(reanalyse, r => r.Analysis = DocumentAnalysis.TokensOf(r.Doc, final)))
        {
            writer.Delete(item.File.RowId);
            writer.Insert(item.Doc, new SourceStamp(item.File.Hash, item.File.Size, item.File.Modified), item.Analysis!.Words, item.Analysis.Grams);
            item.Analysis = null;
        }
        SharedIdRepair.Apply(writer, applied.Written, applied.SharedId);
        if (learning is not null)
        {
            writer.SetMeta(LearnedMetaKey, string.Join("\n", learning.Words));
            writer.SetMeta(StatisticalMetaKey, string.Join("\n", learning.Statistical));
        }
        writer.SetMeta(KnowledgeBaseMetaKey, knowledgeBase);
        writer.Commit();
        return Finish(plan.Report(rebuilt, applied, analyzer.Lexicon.Fingerprint)) with { Reanalysed = reanalyse.Count };
    }

    /// <summary>What to write to bring <paramref name="state"/> in line with the files, reading only files whose stamps differ.</summary>
    private Plan Decide(string knowledgeBase, PlaybookFiles.Listing listing, IndexState state, string fingerprint)
    {
        var indexed = state.Files;
        var guides = state.Guides;
        var lexiconChanged = state.LexiconFingerprint != fingerprint;
        var (files, unreadable) = ReadFiles(knowledgeBase, listing, lexiconChanged ? null : indexed, guides);
        // One pass over the files with one look-up each (at 100 000 playbooks this runs before every command), and the
        // removed ones found by a second look-up only when some indexed path was not seen.
        var changed = new List<SourceFile>();
        var touched = new List<SourceFile>();
        var touchedGuides = new List<SourceFile>();
        var remembered = new List<SkippedFile>();
        int seenPlaybooks = 0, seenGuides = 0;
        foreach (var f in files)
        {
            // Guides are not search results, but their stamps are kept so they are not parsed again by every command.
            var isPlaybook = indexed.TryGetValue(f.Relative, out var old);
            var isGuide = guides.TryGetValue(f.Relative, out var guide);
            seenPlaybooks += isPlaybook ? 1 : 0;
            seenGuides += isGuide ? 1 : 0;
            var knownGuide = isGuide && guide!.Hash == f.Stamp.Hash;
            var knownPlaybook = !lexiconChanged && isPlaybook && old!.Hash == f.Stamp.Hash;
            if (knownGuide && state.Skipped.TryGetValue(f.Relative, out var why))
            {
                // Left out as not a playbook and unchanged since: said again without parsing it again (read again if
                // what was kept cannot be read back).
                if (RememberedSkips.Decode(f.Root, f.Relative, why) is { } skip)
                    remembered.Add(skip);
                else
                    knownGuide = false;
            }
            if (!knownGuide && !knownPlaybook)
                changed.Add(f);
            else if (f.WasRead)
            {
                // Same content, new size or time (touched, or re-saved unchanged): only the stamp is updated.
                touched.Add(f);
                if (knownGuide)
                    touchedGuides.Add(f);
            }
        }
        HashSet<string>? current = null;
        bool Gone(string path) => !(current ??= files.Select(f => f.Relative).ToHashSet(StringComparer.Ordinal)).Contains(path);
        return new Plan(
            state,
            files,
            unreadable,
            lexiconChanged,
            Removed: seenPlaybooks == indexed.Count ? [] : indexed.Values.Where(i => Gone(i.Path)).ToList(),
            RemovedGuides: seenGuides == guides.Count ? [] : guides.Keys.Where(Gone).ToList(),
            Changed: changed,
            Touched: touched,
            TouchedGuides: touchedGuides,
            Remembered: remembered);
    }

    /// <summary>Parses (and, unless <paramref name="plan"/> re-indexes everything, analyses) the changed files not yet prepared.</summary>
    /// <param name="pass">Given on a full re-index: each parsed playbook is also counted for learning, in contiguous ranges.</param>
    private void PrepareMissing(Plan plan, Dictionary<(string Path, string Hash), Prepared> prepared,
        PlaybookParser fileParser, LearningPass? pass)
    {
        var missing = plan.Changed.Where(f => !prepared.ContainsKey((f.Relative, f.Stamp.Hash))).ToList();
        if (missing.Count == 0)
            return;
        var done = 0;
        progress?.Report(new IndexProgress(IndexStage.Analysing, 0, missing.Count));
        if (pass is not null)
        {
            PrepareAndCount(missing, prepared, pass, file => Counted(Prepare(file, fileParser, analyse: false)));
            return;
        }
        // A full re-index learns its vocabulary afresh under the write lock, and with words learned the analysis made here
        // would be thrown away: it then analyses only after learning (the files are still parsed here, in parallel).
        var analyse = !plan.LexiconChanged;
        foreach (var item in missing.AsParallel().AsOrdered().Select(file => Counted(Prepare(file, fileParser, analyse))).ToList())
            prepared[(item.File.Relative, item.File.Stamp.Hash)] = item;

        Prepared Counted(Prepared item)
        {
            progress?.Report(new IndexProgress(IndexStage.Analysing, Interlocked.Increment(ref done), missing.Count));
            return item;
        }
    }

    /// <summary>
    /// A range parsed and counted on one thread has at least this many files (fewer: more to merge than to count), unless
    /// there are too few files for one range per core: a small knowledge base is still parsed on every core.
    /// </summary>
    private const int MinCountedRange = 64;

    /// <summary>
    /// Parses <paramref name="missing"/> (not analysed: a full re-index analyses after learning) in contiguous ranges,
    /// counting each usable playbook into its range's learning counts on the thread that parsed it. The files are in
    /// path order (the listing's), which is the order learning reads the playbooks in.
    /// </summary>
    private static void PrepareAndCount(List<SourceFile> missing, Dictionary<(string Path, string Hash), Prepared> prepared,
        LearningPass pass, Func<SourceFile, Prepared> prepare)
    {
        // More ranges than cores, so a core that finishes early takes another instead of waiting for the slowest; taken
        // in order, so they complete about in order and each joins the pass's counts while later ones are parsed.
        var count = Math.Clamp(missing.Count / MinCountedRange, Math.Min(missing.Count, Environment.ProcessorCount), Environment.ProcessorCount * 4);
        var ranges = Enumerable.Range(0, count).Select(_ => pass.NewRange()).ToList();
        var items = new Prepared[missing.Count];
        var next = -1;
        Parallel.For(0, Math.Min(count, Environment.ProcessorCount), _ =>
        {
            for (int range; (range = Interlocked.Increment(ref next)) < count;)
            {
                for (var i = range * missing.Count / count; i < (range + 1) * missing.Count / count; i++)
                {
                    var item = items[i] = prepare(missing[i]);
                    if (item.Errors.Count == 0 && item.Stored is not null)
                        ranges[range].Add(i, item.Stored);
                }
                ranges[range].Complete();
            }
        });
        foreach (var item in items)
            prepared[(item.File.Relative, item.File.Stamp.Hash)] = item;
    }

    /// <summary>Writes <paramref name="plan"/> in <paramref name="writer"/>'s transaction.</summary>
    /// <remarks>
    /// Each changed playbook is analysed with <paramref name="final"/> (unless it already was) in the batch it is written
    /// in, and dropped from <paramref name="prepared"/> once written: a full build keeps only what learning needed.
    /// </remarks>
    private Applied Apply(IndexStore.IndexWriter writer, Plan plan, Dictionary<(string Path, string Hash), Prepared> prepared, string fingerprint,
        Analyzer final)
    {
        var indexed = plan.State.Files;
        var guides = plan.State.Guides;
        var lexiconChanged = plan.LexiconChanged;
        var skipped = new List<SkippedFile>();
        int added = 0, updated = 0, removed = plan.Removed.Count;
        var ids = new Dictionary<string, string>(StringComparer.Ordinal); // id → path, for duplicate detection
        var written = new Dictionary<string, SharedIdRepair.Declared>(StringComparer.Ordinal); // as declared, for SharedIdRepair
        var shared = false;
        foreach (var file in plan.Unchanged)
            ids[file.Id] = file.Path;
        if (!lexiconChanged)
            foreach (var file in plan.Changed)
                if (indexed.TryGetValue(file.Relative, out var old))
                    ids.TryAdd(old.Id, old.Path); // its row keeps the id until the loop replaces it: another file may not take it first

        if (lexiconChanged)
            writer.DeleteAll();
        Touch(writer, lexiconChanged ? plan.TouchedGuides : plan.Touched, indexed, plan.State.Skipped);
        foreach (var path in plan.RemovedGuides)
            writer.ForgetGuide(path);
        if (!lexiconChanged)
            foreach (var gone in plan.Removed)
                writer.Delete(gone.RowId);
        var changed = plan.Changed.Select(file => prepared[(file.Relative, file.Stamp.Hash)]).ToList();
        // What is analysed here is counted by the writer's term numbers, with one pair of counters per analysing thread.
        using var counters = new ThreadLocal<TermCounters>(() => new TermCounters(writer.Terms[IndexSchema.WordsKind], writer.Terms[IndexSchema.GramsKind]));
        foreach (var item in WriteAhead.Prepared(changed, p => { if (p.Stored is not null && p.AnalysedWith != final) p.Index(final, counters.Value!); }))
        {
            prepared.Remove((item.File.Relative, item.File.Stamp.Hash)); // written below or skipped: not needed again
            var errors = item.Errors.ToList(); // a prepared file may be applied again after a lost race: never grow its list
            indexed.TryGetValue(item.File.Relative, out var previous);
            var stored = item.Stored;
            if (stored is not null && ids.TryGetValue(stored.Id, out var owner) && owner != stored.Path)
            {
                // A shared id never hides a playbook: for now this one goes by a free id from its file name, and
                // SharedIdRepair settles at the end who keeps it, by the rule KnowledgeBaseLoader follows; lint reports both.
                shared = true;
                var id = PlaybookId.Unique(stored.Id, PlaybookFiles.NameId(stored.Path),
                    candidate => ids.TryGetValue(candidate, out var holder) && holder != stored.Path);
                stored = stored with { Id = id, MetadataProblems = true };
            }

            if (errors.Count > 0)
            {
                // Keep the last good version (unless the lexicon changed: its terms would be stale).
                var keep = previous is not null && !lexiconChanged;
                skipped.Add(new SkippedFile(item.File.Display, errors, keep));
                if (!keep)
                    writer.RememberGuide(item.File.Relative, item.File.Stamp, RememberedSkips.Encode(errors)); // not parsed again while unchanged
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
                    removed++; // became a guide: guides are not SOP search results
                continue;
            }
            if (guides.ContainsKey(item.File.Relative))
                writer.ForgetGuide(item.File.Relative); // was a guide, is a playbook now
            if (item.Indexed is { } terms)
                writer.Insert(stored, item.File.Stamp, terms.Words, terms.Grams, ReferenceEquals(stored, item.Stored) ? item.Body : null);
            else
                writer.Insert(stored, item.File.Stamp, item.Analysis!.Words, item.Analysis.Grams);
            item.Written();
            ids[stored.Id] = stored.Path;
            written[stored.Path] = new SharedIdRepair.Declared(item.Stored!.Id, item.Stored.MetadataProblems);
            if (previous is null || lexiconChanged) added++; else updated++;
        }
        writer.SetMeta(LexiconMetaKey, fingerprint);
        writer.SetMeta("refreshed_at", DateTimeOffset.UtcNow.ToString("O"));
        return new Applied(added, updated, removed, skipped, written, shared);
    }

    private sealed record Applied(int Added, int Updated, int Removed, List<SkippedFile> Skipped,
        Dictionary<string, SharedIdRepair.Declared> Written, bool SharedId);

    /// <summary>One refresh's decision: what changed between the index (<see cref="State"/>) and the files.</summary>
    /// <param name="Remembered">Unchanged files the index remembers as left out (<see cref="RememberedSkips"/>).</param>
    private sealed record Plan(IndexState State, List<SourceFile> Files, List<SkippedFile> Unreadable, bool LexiconChanged, List<IndexedFile> Removed,
        List<string> RemovedGuides, List<SourceFile> Changed, List<SourceFile> Touched, List<SourceFile> TouchedGuides, List<SkippedFile> Remembered)
    {
        /// <summary>
        /// The skipped files as every refresh lists them, whether parsed now or remembered: those that could not be read
        /// at all first, then the rest by path, so the warnings read the same on every command.
        /// </summary>
        public static List<SkippedFile> InOrder(IEnumerable<SkippedFile> unreadable, IEnumerable<SkippedFile> parsed) =>
            [.. unreadable, .. parsed.OrderBy(s => s.Path, StringComparer.Ordinal)];

        public bool IsEmpty => Changed.Count == 0 && Removed.Count == 0 && RemovedGuides.Count == 0 && !LexiconChanged && Touched.Count == 0;

        private List<IndexedFile>? _unchanged;

        /// <summary>
        /// The indexed playbooks whose files are still there and did not change. Learning and writing both need them;
        /// computed once per plan (at 100 000 playbooks each pass built two sets of every path). A plan is never changed
        /// after it is made; a `with` copy that changed its files would have to drop this.
        /// </summary>
        public List<IndexedFile> Unchanged
        {
            get
            {
                if (_unchanged is not null)
                    return _unchanged;
                var current = Files.Select(f => f.Relative).ToHashSet(StringComparer.Ordinal);
                var changed = Changed.Select(c => c.Relative).ToHashSet(StringComparer.Ordinal);
                return _unchanged = State.Files.Values.Where(f => current.Contains(f.Path) && !changed.Contains(f.Path)).ToList();
            }
        }

        /// <summary>The report of this plan: <paramref name="applied"/> is null when nothing but stamps was written.</summary>
        public RefreshReport Report(bool rebuilt, Applied? applied, string lexiconFingerprint)
        {
            if (applied is null)
                return new RefreshReport(0, 0, 0, Files.Count, rebuilt, [], InOrder(Unreadable, Remembered));
            var stored = State.LexiconFingerprint;
            // The stored fingerprint is the lexicon's, then "+settings" when a playbooks.yml exists: say which one changed.
            var settingsOnly = stored == lexiconFingerprint || stored?.StartsWith(lexiconFingerprint + "+", StringComparison.Ordinal) == true;
            var notices = LexiconChanged && State.Files.Count > 0
                ? new List<string> { settingsOnly ? $"团队设置 {SettingsFile.FileName} 已变更，正在重建全部索引…" : "词表已变更，正在重建全部索引…" }
                : [];
            return new RefreshReport(applied.Added, applied.Updated, applied.Removed, Files.Count - Changed.Count,
                rebuilt || LexiconChanged, notices, InOrder(Unreadable, applied.Skipped.Concat(Remembered)));
        }
    }

    private static int MetadataProblems(IndexStore store)
    {
        using var reader = store.OpenReader();
        return reader.MetadataProblems();
    }

    /// <summary>Records new stamps of files whose content is unchanged (a skipped one keeps why it was skipped).</summary>
    private static void Touch(IndexStore.IndexWriter writer, IEnumerable<SourceFile> touched, IReadOnlyDictionary<string, IndexedFile> indexed,
        IReadOnlyDictionary<string, string> skipped)
    {
        foreach (var file in touched)
        {
            if (indexed.TryGetValue(file.Relative, out var playbook) && playbook.Hash == file.Stamp.Hash)
                writer.Touch(playbook.RowId, file.Stamp.Size, file.Stamp.Modified);
            else
                writer.RememberGuide(file.Relative, file.Stamp, skipped.GetValueOrDefault(file.Relative));
        }
    }

    // A class rather than a struct: generic code over reference types is shared and already precompiled in the
    // framework's ReadyToRun images, whereas each List/Dictionary/LINQ instantiation over a struct is JIT-compiled
    // when a cold `playbooks search` first touches it.
    /// <param name="Bytes">The content, when it was read (null: size and time were as indexed, so it was not).</param>
    private sealed record SourceFile(string Root, string Relative, SourceStamp Stamp, byte[]? Bytes)
    {
        /// <summary>Whether the content was read (the stamps differed), also once <see cref="TakeBytes"/> has let it go.</summary>
        public bool WasRead { get; } = Bytes is not null;

        /// <summary>The content, or null once parsed: a full build holds every file's plan to its end, and with it each
        /// file's bytes (3 KB a playbook, 10 MB at 3 000), which every collection in between copied or marked again.</summary>
        public byte[]? Bytes { get; private set; } = Bytes;

        /// <summary><see cref="Bytes"/>, handed over once (each file is prepared once): it is parsed from them and nothing reads them after.</summary>
        public byte[]? TakeBytes()
        {
            var bytes = Bytes;
            Bytes = null;
            return bytes;
        }

        /// <summary>The path shown to the user; built when a message needs it, not for each of 100 000 unchanged files.</summary>
        public string Display => KnowledgeBaseLoader.DisplayPathOfRelative(Root, Relative);
    }

    /// <summary>
    /// Below this many files, reading and hashing on one thread is faster than starting the thread pool (and JIT-compiling
    /// PLINQ), which is what the every-search freshness check on a typical knowledge base pays.
    /// </summary>
    private const int ParallelReadThreshold = 64;

    /// <summary>The playbook files of <paramref name="knowledgeBase"/> with their sizes and times (<see cref="PlaybookFiles.Scan"/>).</summary>
    /// <exception cref="PlaybooksException">The folder itself cannot be read.</exception>
    private static PlaybookFiles.Listing List(string knowledgeBase, bool parallel)
    {
        try
        {
            return PlaybookFiles.Scan(knowledgeBase, parallel: parallel);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            // The folder itself (subfolders are skipped inside the walk): the user's situation, said as the loader says it.
            throw KnowledgeBaseLoader.UnreadableDirectory(knowledgeBase, ex);
        }
    }

    /// <summary>
    /// Every playbook file of <paramref name="listing"/>, in its order, read and hashed unless <paramref name="indexed"/>
    /// holds it with the same size and modification time. Files and folders that cannot be read (or are pipes or
    /// devices, which are never opened) are left out of the first list and reported in the second.
    /// </summary>
    private static (List<SourceFile> Files, List<SkippedFile> Unreadable) ReadFiles(string knowledgeBase, PlaybookFiles.Listing listing,
        IReadOnlyDictionary<string, IndexedFile>? indexed, IReadOnlyDictionary<string, SourceStamp> guides)
    {
        var entries = listing.Entries;
        var read = new object?[entries.Count]; // a SourceFile, or the SkippedFile saying why it could not be read
        var racyBefore = DateTime.UtcNow - RacyWindow;
        if (entries.Count < ParallelReadThreshold)
            for (var i = 0; i < entries.Count; i++)
                read[i] = ReadFile(knowledgeBase, entries[i], indexed, guides, racyBefore);
        else
            Parallel.For(0, entries.Count, i => read[i] = ReadFile(knowledgeBase, entries[i], indexed, guides, racyBefore));
        var files = new List<SourceFile>(entries.Count);
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

    /// <summary>
    /// A changed file, parsed and analysed with the vocabulary known before the lock (so a refresh that learns nothing new
    /// analyses nothing under it); analysed again under the write lock when the vocabulary learned there differs.
    /// </summary>
    private sealed record Prepared(SourceFile File, StoredPlaybook? Stored, List<Finding> Errors)
    {
        public DocumentAnalysis? Analysis { get; private set; }
        /// <summary>The analyzer <see cref="Analysis"/> was made with: analysed again under the lock if the vocabulary changed.</summary>
        public Analyzer? AnalysedWith { get; private set; }

        /// <summary>The terms analysed under the write lock, numbered for its writer (then <see cref="Analysis"/> is null).</summary>
        public (IndexedTerms Words, IndexedTerms Grams)? Indexed { get; private set; }

        /// <summary><see cref="Stored"/> as the writer stores it, made beside <see cref="Indexed"/> on the analysing thread.</summary>
        public BodyJson? Body { get; private set; }

        public void Analyse(Analyzer analyzer)
        {
            Analysis = DocumentAnalysis.TokensOf(Stored!, analyzer);
            AnalysedWith = analyzer;
        }

        /// <summary>Analyses with <paramref name="analyzer"/> under the write lock, counting terms by the writer's numbers.</summary>
        public void Index(Analyzer analyzer, TermCounters counters)
        {
            Indexed = DocumentAnalysis.IndexedOf(Stored!, analyzer, counters);
            Body = IndexStore.IndexWriter.Body(Stored!);
            Analysis = null;
            AnalysedWith = analyzer;
        }

        /// <summary>Drops the analysis once its postings are in the writer: the bulk of a playbook's memory.</summary>
        public void Written()
        {
            Analysis = null;
            if (Indexed is { } terms)
            {
                terms.Words.Dispose(); // their arrays go back to the pools, as the body's does
                terms.Grams.Dispose();
            }
            Indexed = null;
            Body?.Dispose(); // its array goes back to the pool for the next playbook's
            Body = null;
            AnalysedWith = null;
        }
    }

    /// <summary>An unchanged playbook analysed again because the learned words changed; its analysis lives only until written.</summary>
    private sealed record Reanalysed(IndexedFile File, StoredPlaybook Doc)
    {
        public DocumentAnalysis? Analysis { get; set; }
    }

    private sealed record Learning(IReadOnlyList<string> Words, IReadOnlyList<string> Statistical, IReadOnlyList<(IndexedFile File, StoredPlaybook Doc)> Reanalyse);

    /// <summary>
    /// Learns the vocabulary of the knowledge base as it will be after this refresh (parsed changes, plus what the
    /// index keeps of every other playbook); when it differs from the analyzer's, switches <see cref="Analyzer"/> and
    /// lists the unchanged playbooks that contain an added or removed word.
    /// </summary>
    /// <param name="pass">A full re-index's learning pass, with what it counted while parsing (used when that covers every playbook).</param>
    private Learning Relearn(IndexStore store, Plan plan, Dictionary<(string Path, string Hash), Prepared> preparedByFile, LearningPass? pass)
    {
        var indexed = plan.State.Files;
        var lexiconChanged = plan.LexiconChanged;
        var prepared = plan.Changed.Select(f => preparedByFile[(f.Relative, f.Stamp.Hash)]).ToList();
        var unchanged = lexiconChanged ? [] : plan.Unchanged;
        // A changed file that cannot be read keeps its last good version in the index (unless the lexicon changed).
        var keptPrevious = lexiconChanged ? [] : prepared.Where(p => p.Errors.Count > 0 && indexed.ContainsKey(p.File.Relative))
            .Select(p => indexed[p.File.Relative].RowId).ToList();
        Dictionary<long, StoredPlaybook> stored;
        // Another connection sees the last commit, which is what this write transaction started from.
        using (var reader = store.OpenReader())
            stored = reader.Load([.. unchanged.Select(f => f.RowId), .. keptPrevious]);
        var documents = prepared.Where(p => p.Errors.Count == 0 && p.Stored is not null).Select(p => p.Stored!).Concat(stored.Values)
            .OrderBy(d => d.Path, StringComparer.Ordinal).ToList();

        // A full re-index counts every playbook's text; an ordinary refresh keeps the statistical words and re-learns only
        // what authors named (tags, bold, titles), which costs a few words a playbook instead of segmenting them all.
        // A full re-index segments every playbook twice, to learn and then to analyse with what was learned: the
        // analyzers of both passes share one cache of segmented text, dropped with this refresh.
        IReadOnlyList<LearnedWord> learned;
        SegmentationCache? cache = null;
        if (lexiconChanged)
        {
            // Without a pass (the plan became a full re-index only under the lock), one made now counts every playbook.
            using var own = pass is null ? new LearningPass(analyzer, new SegmentationCache()) : null;
            var full = pass ?? own!;
            cache = full.Analyzer.SegmentationCache;
            learned = full.Learn(documents);
        }
        else
            learned = VocabularyLearner.LearnWords(documents, analyzer,
                store.ReadMeta(StatisticalMetaKey) is { Length: > 0 } kept ? kept.Split('\n') : []);
        var words = learned.Select(w => w.Word).ToList();
        var statistical = learned.Where(w => w.Source == WordSource.Statistics).Select(w => w.Word).ToList();
        var known = analyzer.Lexicon.Learned;
        if (cache is null && known.Count == words.Count && words.All(known.Contains))
            return new Learning(words, statistical, []);

        _relearned = new Analyzer(analyzer.Lexicon.WithLearned(words), analyzer.Normalizer, cache);
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

    /// <summary>
    /// <paramref name="entry"/> as indexed when its listed size and time are those stored (no call to the disk at all),
    /// otherwise read and hashed.
    /// </summary>
    private static object? ReadFile(string root, ListedFile entry, IReadOnlyDictionary<string, IndexedFile>? indexed,
        IReadOnlyDictionary<string, SourceStamp> guides, DateTime racyBefore)
    {
        try
        {
            var relative = entry.Relative;
            var modifiedAt = entry.LastWriteUtc;
            var modified = modifiedAt < racyBefore ? modifiedAt.Ticks : 0; // 0: never matches, so hashed next time
            var known = indexed is not null && indexed.TryGetValue(relative, out var playbook)
                ? new SourceStamp(playbook.Hash, playbook.Size, playbook.Modified)
                : guides.GetValueOrDefault(relative);
            if (known is not null && known.Modified != 0 && known.Size == entry.Length && known.Modified == modifiedAt.Ticks)
                return new SourceFile(root, relative, known, null);
            var display = KnowledgeBaseLoader.DisplayPathOfRelative(root, relative);
            var read = PlaybookFileReader.Read(entry.Path, display);
            if (read.Problem is { } problem)
                return new SkippedFile(display, [problem], false);
            // At most the size limit + 1 bytes were read: the parser reports the file as too large.
            var bytes = read.Bytes!;
            return new SourceFile(root, relative,
                new SourceStamp(Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length, modified), bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // vanished between listing and reading: treated as absent this time
        }
    }

    /// <summary>
    /// Parses and analyses one file. Only a file that cannot be read (<see cref="ParsedFile.IsUsable"/>: empty, not UTF-8,
    /// too large, too deeply nested, no section at all) is left out; any other finding, metadata problems and missing
    /// sections included, leaves the playbook searchable.
    /// </summary>
    /// <param name="analyse">False to leave the analysis to the write lock, after learning.</param>
    private Prepared Prepare(SourceFile file, PlaybookParser fileParser, bool analyse)
    {
        var parsed = fileParser.Parse(file.Display, file.TakeBytes()!, file.Relative);
        // A README that documents its folder is kept like a guide: its stamp only, so it is not parsed again while unchanged.
        if (parsed.IsDocumentation)
            return new Prepared(file, null, []);
        if (!parsed.IsUsable)
            return new Prepared(file, null, parsed.Findings.Where(f => f.IsError).ToList());
        if (parsed.Playbook!.Kind != PlaybookKind.Playbook)
            return new Prepared(file, null, []);

        var errors = new List<Finding>();
        try
        {
            var stored = FieldExtractor.Extract(parsed.Playbook, file.Relative) with
            {
                MetadataProblems = parsed.Findings.Any(f => FindingCodes.Metadata.Contains(f.Code)),
            };
            var prepared = new Prepared(file, stored, errors);
            if (analyse)
                prepared.Analyse(analyzer);
            return prepared;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Isolation, as in the parser: a file our extraction or analysis cannot handle is skipped, the rest indexed.
            errors.Add(new Finding(file.Display, 0, 0, FindingLevel.Error, FindingCodes.ParseFailed,
                $"程序无法为这个文件建立索引（{ex.GetType().Name}：{ex.Message}），已跳过", "其他文件不受影响；请把这个文件和这条信息反馈给维护者"));
            return new Prepared(file, null, errors);
        }
    }
}
