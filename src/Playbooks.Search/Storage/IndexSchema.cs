namespace Playbooks.Search.Storage;

/// <summary>The SQLite schema of the index. Bump <see cref="Version"/> on any change: old files are rebuilt.</summary>
/// <remarks>
/// <para>The index is an inverted index kept in plain SQLite tables rather than FTS5: ranking needs every query
/// term's postings with per-field counts (to score each term on its own with a non-negative idf), and FTS5 can only
/// hand those out one bm25() statement per term — about 0.2 ms each, 6 ms for a typical query on 30 playbooks —
/// or through fts5vocab's instance table at ~2 µs per occurrence (110 ms for one common word at 10 000 playbooks).
/// Here a term's postings are one indexed blob read.</para>
/// <para><c>postings</c> is segmented: each refresh appends one segment (or several, for a large build) holding only
/// the playbooks it wrote; a deleted or replaced playbook's row leaves <c>docs</c>, and its postings are skipped when
/// read. A full build writes the base segments; the small ones later refreshes add are merged into one when there are
/// too many, and everything is rewritten only when a quarter of the playbooks have been deleted or replaced (see
/// <see cref="IndexStore.IndexWriter"/>). Row ids are AUTOINCREMENT, so a later segment only holds larger row ids and a
/// term's segments concatenate in row id order.</para>
/// <para>A stored playbook (<c>bodies.doc</c>, JSON of a few kilobytes) has a table of its own, under the row id of its
/// <c>docs</c> row: <c>docs</c> rows stay ~150 bytes, so the scans every command makes (the freshness check reads every
/// path and stamp, the first query every length) read a few thousand pages at 100 000 playbooks instead of one or more
/// pages per playbook.</para>
/// </remarks>
internal static class IndexSchema
{
    public const int Version = 18; // 9: handling steps stored as plain text; 10: stored playbooks in a table of their own (bodies); 11: headings read by keyword (SectionHeadings.Read); 12: the steps' bold terms stored for learning (lost to the plain text since 9); 13: the four-colour warning scale (红色/橙色/黄色/蓝色) read as severities, so stored ones are rated again; 14: a shared id goes to the file named after it, as the loader gives it (SharedIds), renamed ids' declared ids kept in meta; 15: the file keeping a shared id is flagged too, so the metadata note counts as lint does; past 4 M characters the statistical words come from a sample; 16: text under an unrecognised or repeated ## heading indexed with the part before it, Obsidian wiki links and callout markers indexed as shown, and files skipped as not playbooks remembered in guides.skipped; 17: a one-line tags value of Chinese words separated by spaces read as several tags (TagText.Split); front-matter keys read in any case and by their Chinese names (FrontMatterKeys); dates written 2026.11.19, 2026年11月19日 or as full timestamps; parts written as ###/# headings or label lines read when no ## heading names a part (SectionMarks); 18: a folder's README.md read when it is a playbook, and README.md/index.md named by their folder (PlaybookFiles.NameId); without a ## part, parts also read from 【label】text lines, list items and table rows (SectionMarks), UTF-16 files with a byte order mark read (SourceText)

    /// <summary><c>postings.kind</c> of each representation stored (pinyin is derived from the bigrams).</summary>
    public const int WordsKind = 0;
    public const int GramsKind = 1;

    public static string Create { get; } = $$"""
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS docs (
            rowid INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            path TEXT NOT NULL UNIQUE,
            hash TEXT NOT NULL,
            size INTEGER NOT NULL,
            modified INTEGER NOT NULL,
            words_length INTEGER NOT NULL,
            grams_length INTEGER NOT NULL,
            unwritten INTEGER NOT NULL DEFAULT 0,
            metadata_problems INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX IF NOT EXISTS docs_metadata_problems ON docs(metadata_problems) WHERE metadata_problems = 1;
        CREATE TABLE IF NOT EXISTS bodies (
            rowid INTEGER PRIMARY KEY,
            doc TEXT NOT NULL
        );
        {{PostingsTable("postings")}}
        CREATE TABLE IF NOT EXISTS guides (
            path TEXT PRIMARY KEY,
            hash TEXT NOT NULL,
            size INTEGER NOT NULL,
            modified INTEGER NOT NULL,
            skipped TEXT
        );
        CREATE TABLE IF NOT EXISTS spellings (
            pinyin TEXT NOT NULL,
            gram TEXT NOT NULL,
            PRIMARY KEY (pinyin, gram)
        ) WITHOUT ROWID;
        {{StampsTable.Create}}
        {{LengthsTable.Create}}
        """;

    /// <summary>The postings table (also created under another name while compacting).</summary>
    public static string PostingsTable(string name) => $"""
        CREATE TABLE IF NOT EXISTS {name} (
            kind INTEGER NOT NULL,
            term TEXT NOT NULL,
            segment INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (kind, term, segment)
        ) WITHOUT ROWID;
        """;
}
