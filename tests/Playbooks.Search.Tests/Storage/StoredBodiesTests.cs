using Microsoft.Data.Sqlite;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Storage;

/// <summary>
/// Each playbook's stored document (<c>bodies.doc</c>) is JSON text, whichever way the writer binds it (a build hands
/// SQLite UTF-8 bytes): anyone reading the index with SQLite's own tools, <c>json_extract</c> included, gets the playbook.
/// </summary>
public sealed class StoredBodiesTests
{
    [Fact]
    public void Every_stored_playbook_is_json_text_that_sqlite_reads_back()
    {
        using var kb = FixtureCorpus.Create();

        kb.Open().Dispose();

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = kb.IndexPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT typeof(b.doc), json_extract(b.doc, '$.Id'), json_extract(b.doc, '$.Title'), d.id FROM bodies b JOIN docs d ON d.rowid = b.rowid ORDER BY d.id";
        using var reader = command.ExecuteReader();
        var rows = new List<(string Type, string Id, string Title)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            Assert.Equal(reader.GetString(3), reader.GetString(1));
        }
        Assert.Equal(FixtureCorpus.All.Select(p => (Type: "text", p.Id, p.Title)).OrderBy(r => r.Id, StringComparer.Ordinal), rows);
    }
}
