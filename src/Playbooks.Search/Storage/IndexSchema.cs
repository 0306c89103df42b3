using Playbooks.Search.Indexing;

namespace Playbooks.Search.Storage;

/// <summary>The SQLite schema of the index. Bump <see cref="Version"/> on any change: old files are rebuilt.</summary>
internal static class IndexSchema
{
    public const int Version = 4;

    public const string WordsTable = "words";
    public const string GramsTable = "grams";
    public const string PinyinTable = "pinyin";

    public static IReadOnlyList<string> TermTables { get; } = [WordsTable, GramsTable, PinyinTable];

    public static string Create { get; } = $"""
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS docs (
            rowid INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            path TEXT NOT NULL UNIQUE,
            hash TEXT NOT NULL,
            doc TEXT NOT NULL
        );
        {Fts(WordsTable)}
        {Fts(GramsTable)}
        {Fts(PinyinTable)}
        {Vocabulary(WordsTable)}
        {Vocabulary(GramsTable)}
        {Vocabulary(PinyinTable)}
        """;

    /// <summary>The fts5vocab table giving, per term, how many documents contain it.</summary>
    public static string VocabularyOf(string table) => table + "_vocab";

    private static string Vocabulary(string table) =>
        $"CREATE VIRTUAL TABLE IF NOT EXISTS {VocabularyOf(table)} USING fts5vocab({table}, row);";

    // docs.rowid is AUTOINCREMENT so a rowid is never reused: FTS5's contentless-delete keeps tombstones by
    // rowid, and a new document under a deleted document's rowid must not inherit them.
    // Terms are analysed in C# and stored space-separated; unicode61 only has to split on the spaces.
    // Contentless (content='') because the display text lives in docs.doc; contentless_delete allows plain DELETE.
    private static string Fts(string table) =>
        $"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5({string.Join(", ", IndexedFields.All)}, " +
        "content='', contentless_delete=1, tokenize=\"unicode61 remove_diacritics 0\");";
}
