using Microsoft.Data.Sqlite;

namespace Playbooks.Search.Tests.Support;

/// <summary>
/// Raw SQL against an index file, for tests that damage or age what the index keeps (a blob left by an older build, a
/// dropped table) to check that the next command copes. Unpooled, so no connection outlives the statement.
/// </summary>
internal static class IndexDatabase
{
    public static SqliteConnection Connect(string indexPath)
    {
        var connection = new SqliteConnection($"Data Source={indexPath};Pooling=False");
        connection.Open();
        return connection;
    }

    public static void Execute(string indexPath, string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Connect(indexPath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }

    /// <summary>The generation and bytes of a kept blob table (<c>file_stamps</c>, <c>doc_lengths</c>): one row, or the test fails.</summary>
    public static (long Generation, byte[] Data) KeptBlob(string indexPath, string table)
    {
        using var connection = Connect(indexPath);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT generation, data FROM {table}";
        using var reader = command.ExecuteReader();
        Xunit.Assert.True(reader.Read(), $"nothing kept in {table}");
        return (reader.GetInt64(0), (byte[])reader.GetValue(1));
    }
}
