using System.Text.Json;
using Microsoft.Data.Sqlite;
using Playbooks.Search.Documents;
using Playbooks.Search.Storage;
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

    [Fact]
    public void Chinese_is_stored_as_itself_and_what_html_treats_specially_stays_escaped()
    {
        using var kb = new TempKnowledgeBase();
        kb.Write(new PlaybookText("stream-lag", "直播画面卡顿") { Background = "延迟 < 5 秒时画面仍卡住 & 观众刷屏。" });

        kb.Open().Dispose();

        var json = StoredDoc(kb.IndexPath);
        Assert.Contains("直播", json, StringComparison.Ordinal); // 3 bytes in UTF-8, not a 6-byte \u escape
        Assert.DoesNotContain("\\u76f4", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.Contains("\\u003C 5", json, StringComparison.Ordinal);
        Assert.Contains("\\u0026 观众", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_stored_with_every_chinese_character_escaped_reads_back_the_same()
    {
        // What earlier versions wrote (the default encoder, every Chinese character as \\uXXXX): such indexes are read as they are.
        using var kb = FixtureCorpus.Create();
        kb.Open().Dispose();
        StoredPlaybook literal;
        using (var store = IndexStore.Open(kb.IndexPath))
            literal = store.LoadById(FixtureCorpus.RefundRequest.Id)!.Value.Doc;
        var escaped = JsonSerializer.Serialize(literal, StoredPlaybookJson.Default.StoredPlaybook);
        Assert.Contains("\\u5B66\\u5458", escaped, StringComparison.OrdinalIgnoreCase); // 学员
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = kb.IndexPath, Pooling = false }.ToString()))
        {
            connection.Open();
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE bodies SET doc = $doc WHERE rowid = (SELECT rowid FROM docs WHERE id = $id)";
            update.Parameters.AddWithValue("$doc", escaped);
            update.Parameters.AddWithValue("$id", FixtureCorpus.RefundRequest.Id);
            Assert.Equal(1, update.ExecuteNonQuery());
        }

        using var reopened = IndexStore.Open(kb.IndexPath);
        var read = reopened.LoadById(FixtureCorpus.RefundRequest.Id)!.Value.Doc;

        Assert.Equal(JsonSerializer.Serialize(literal, StoredPlaybookJson.Stored.StoredPlaybook), JsonSerializer.Serialize(read, StoredPlaybookJson.Stored.StoredPlaybook));
        Assert.Equal("学员集中要求退费", read.Title);
    }

    private static string StoredDoc(string indexPath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = indexPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT doc FROM bodies";
        return (string)command.ExecuteScalar()!;
    }
}
