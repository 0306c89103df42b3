using Microsoft.Data.Sqlite;
using Playbooks.Search.Storage;
using SQLitePCL;

namespace Playbooks.Search.Tests.Storage;

/// <summary>
/// Several rows a statement: whatever the number of rows, batches full or not, the table ends up holding exactly the
/// rows given, in the order given, as one statement per row would have left it.
/// </summary>
public sealed class BatchedInsertTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public BatchedInsertTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (n INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (name)) WITHOUT ROWID; CREATE TABLE log (n INTEGER NOT NULL)";
        create.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(BatchedInsert.RowsPerStep - 1)]
    [InlineData(BatchedInsert.RowsPerStep)]
    [InlineData(BatchedInsert.RowsPerStep + 1)]
    [InlineData(3 * BatchedInsert.RowsPerStep + 7)]
    public void Every_row_is_stored_once_in_the_order_given(int rows)
    {
        Insert("INSERT INTO log(n)", Enumerable.Range(0, rows).Select(n => (n, "")), rows, nameToo: false);

        Assert.Equal(Enumerable.Range(0, rows), Read("SELECT n FROM log ORDER BY rowid").Select(r => r.N));
    }

    [Fact]
    public void Rows_of_an_unknown_number_are_stored_one_by_one()
    {
        Insert("INSERT INTO log(n)", Enumerable.Range(0, 70).Select(n => (n, "")), count: null, nameToo: false);

        Assert.Equal(Enumerable.Range(0, 70), Read("SELECT n FROM log ORDER BY rowid").Select(r => r.N));
    }

    [Fact]
    public void Values_of_a_row_stay_with_it_across_batches()
    {
        var rows = Enumerable.Range(0, 2 * BatchedInsert.RowsPerStep + 5).Select(n => (n, $"名称{n:D3}")).ToList();

        Insert("INSERT INTO t(n, name)", rows, rows.Count, nameToo: true);

        Assert.Equal(rows, Read("SELECT n, name FROM t ORDER BY name"));
    }

    [Fact]
    public void An_ignored_conflict_inside_a_batch_keeps_the_first_row()
    {
        (int, string)[] rows = [(1, "a"), (2, "b"), (3, "a"), .. Enumerable.Range(10, BatchedInsert.RowsPerStep).Select(n => (n, $"x{n}"))];

        Insert("INSERT OR IGNORE INTO t(n, name)", rows, rows.Length, nameToo: true);

        Assert.Equal(1, Read("SELECT n, name FROM t WHERE name = 'a'").Single().N);
        Assert.Equal(rows.Length - 1, Read("SELECT n, name FROM t").Count);
    }

    [Fact]
    public void A_failing_batch_throws_as_a_command_would()
    {
        (int, string)[] rows = [.. Enumerable.Range(0, BatchedInsert.RowsPerStep).Select(n => (n, n == 5 ? "dup" : $"x{n}")), (99, "dup")];
        rows[7] = (7, "dup");

        var error = Assert.Throws<SqliteException>(() => Insert("INSERT INTO t(n, name)", rows, rows.Length, nameToo: true));

        Assert.Equal(19, error.SqliteErrorCode & 0xFF); // SQLITE_CONSTRAINT (extended codes keep it in the low byte)
    }

    [Fact]
    public void More_rows_than_announced_are_refused()
    {
        Assert.Throws<InvalidOperationException>(() => Insert("INSERT INTO log(n)", [(1, ""), (2, "")], count: 1, nameToo: false));
    }

    private void Insert(string insert, IEnumerable<(int N, string Name)> rows, int? count, bool nameToo)
    {
        using var tx = _connection.BeginTransaction();
        using (var batched = new BatchedInsert(_connection.Handle!, insert, nameToo ? 2 : 1, count))
            foreach (var (n, name) in rows)
            {
                var statement = batched.Next(out var at);
                raw.sqlite3_bind_int64(statement, at, n);
                if (nameToo)
                    raw.sqlite3_bind_text(statement, at + 1, name);
                batched.Bound();
            }
        tx.Commit();
    }

    private List<(int N, string Name)> Read(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<(int, string)>();
        while (reader.Read())
            rows.Add((reader.GetInt32(0), reader.FieldCount > 1 ? reader.GetString(1) : ""));
        return rows;
    }
}
