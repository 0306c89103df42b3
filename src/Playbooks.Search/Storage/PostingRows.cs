using Microsoft.Data.Sqlite;
using Playbooks.Search.Postings;

namespace Playbooks.Search.Storage;

/// <summary>
/// Reads <c>postings</c> rows selected as <c>kind, term, data</c> and ordered by <c>kind, term, segment</c>, and puts
/// each term's segments back together: the one loop behind a query's postings, merging small segments and compaction.
/// </summary>
internal static class PostingRows
{
    /// <summary>
    /// Each term's postings across its segments, numbered by <paramref name="denseOf"/> (rows it lacks, deleted
    /// playbooks, are dropped; a term left with none is skipped). The list is reused: consume it before moving on.
    /// </summary>
    public static IEnumerable<(long Kind, string Term, List<Posting> Postings)> ByTerm(SqliteDataReader reader, RowNumbers denseOf)
    {
        var postings = new List<Posting>();
        (long Kind, string Term)? current = null;
        while (reader.Read())
        {
            var key = (reader.GetInt64(0), reader.GetString(1));
            if (current != key)
            {
                if (current is { } done && postings.Count > 0)
                    yield return (done.Kind, done.Term, postings);
                postings.Clear();
                current = key;
            }
            PostingCodec.Decode(reader.GetFieldValue<byte[]>(2), denseOf, postings);
        }
        if (current is { } last && postings.Count > 0)
            yield return (last.Kind, last.Term, postings);
    }

    /// <summary><see cref="ByTerm"/> encoded again under row ids (<paramref name="rowIds"/>[dense number]): one row per term.</summary>
    public static IEnumerable<(long Kind, string Term, ReadOnlyMemory<byte> Data)> Merged(SqliteDataReader reader, IReadOnlyList<long> rowIds, RowNumbers denseOf) =>
        ByTerm(reader, denseOf).Select(t => (t.Kind, t.Term, (ReadOnlyMemory<byte>)PostingCodec.Encode(t.Postings.Select(p => (rowIds[p.Doc], p.Counts)).ToList())));
}
