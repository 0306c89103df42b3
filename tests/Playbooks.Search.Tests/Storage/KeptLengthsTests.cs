using System.Buffers.Binary;
using Microsoft.Data.Sqlite;
using Playbooks.Core.Authoring;
using Playbooks.Search.Storage;
using Playbooks.Search.Tests.Ranking;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Storage;

/// <summary>
/// Every commit keeps the playbooks' lengths and folder groups as one blob (<see cref="LengthsTable"/>), so a process's
/// first query does not read every row and path of <c>docs</c>. The blob is only a shortcut: missing, left by an older
/// commit or damaged, searches rank exactly as the rows say.
/// </summary>
public sealed class KeptLengthsTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    public void Dispose() => _kb.Dispose();

    private void WriteInFolders()
    {
        foreach (var playbook in FolderSmoothingTests.Travel)
            _kb.Write($"travel/{playbook.FileName}", playbook.ToString());
        foreach (var playbook in FolderSmoothingTests.Community)
            _kb.Write($"community/{playbook.FileName}", playbook.ToString());
        // Files saved in the last two seconds are read again by the next command (racily clean), which may commit; these
        // are older, as a knowledge base's files are between two commands.
        foreach (var file in Directory.EnumerateFiles(_kb.Root, "*.md", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
    }

    private static List<(string Id, double Score)> Results(SearchEngine engine) =>
        engine.Search(FolderSmoothingTests.Query, 6).Results.Select(r => (r.Id, r.Score)).ToList();

    [Fact]
    public void Every_commit_keeps_what_the_rows_give()
    {
        WriteInFolders();
        _kb.Open().Dispose();
        // An edit, a removal, a fresh skeleton and a playbook in a folder of its own: row ids with a gap, a new group, a flag.
        var hotel = FolderSmoothingTests.Travel[1];
        _kb.Write($"travel/{hotel.FileName}", (hotel with { Background = "旅客深夜到店，前台说房间已经订满。" }).ToString());
        _kb.Delete($"community/{FolderSmoothingTests.Community[1].FileName}");
        _kb.Write("活动/new-skeleton.md", PlaybookTemplate.Render(new PlaybookDraft
        {
            Id = "new-skeleton", Title = "新建的空预案", Category = "活动运营", Severity = Core.Model.Severity.High, Tags = [],
            Owner = "活动运营", Updated = new DateOnly(2026, 11, 20),
        }));

        _kb.Open().Dispose();

        using var connection = Connect();
        using var transaction = connection.BeginTransaction(deferred: true);
        var kept = DocLengths.Decode(GenerationBlob.Read(connection, transaction, LengthsTable.Table, IndexGeneration.Read(connection, transaction)));
        var rows = DocLengths.ReadRows(connection, transaction);
        Assert.NotNull(kept);
        Assert.Equal(rows.RowIds, kept.RowIds);
        Assert.Equal(rows.WordLengths, kept.WordLengths);
        Assert.Equal(rows.GramLengths, kept.GramLengths);
        Assert.Equal(rows.Unwritten, kept.Unwritten);
        Assert.Equal(rows.Folders, kept.Folders);
        Assert.Equal(3, rows.Folders.Distinct().Count());
        Assert.Contains(true, rows.Unwritten);
    }

    [Fact]
    public void An_index_without_kept_lengths_ranks_as_with_them_and_keeps_them_from_then_on()
    {
        WriteInFolders();
        List<(string Id, double Score)> kept;
        using (var engine = _kb.Open())
            kept = Results(engine);
        var (generation, data) = KeptRow();

        Sql("DROP TABLE doc_lengths");

        using (var engine = _kb.Open())
            Assert.Equal(kept, Results(engine));
        Assert.Equal("flight-cancelled-no-notice", kept[0].Id);
        // Kept again from the rows, for the same generation: no commit, no rebuild.
        var (againGeneration, againData) = KeptRow();
        Assert.Equal(generation, againGeneration);
        Assert.Equal(data, againData);
    }

    [Fact]
    public void Lengths_left_by_an_older_commit_are_not_used()
    {
        // A flat knowledge base: one folder, so no smoothing, and the complaint playbook comes first.
        _kb.WriteAll([.. FolderSmoothingTests.Travel, .. FolderSmoothingTests.Community]);
        _kb.Open().Dispose();
        var (flatGeneration, flatData) = KeptRow();

        // The team sorts its files into folders, and a version of the tool that keeps no lengths commits that; its
        // blob stays the flat one.
        foreach (var playbook in FolderSmoothingTests.Travel.Concat(FolderSmoothingTests.Community))
            _kb.Delete(playbook.FileName);
        WriteInFolders();
        _kb.Open().Dispose();
        Sql("UPDATE doc_lengths SET generation = $generation, data = $data", ("$generation", flatGeneration), ("$data", flatData));

        using var engine = _kb.Open();
        Assert.Equal("flight-cancelled-no-notice", Results(engine)[0].Id);
    }

    [Fact]
    public void A_damaged_blob_ranks_as_the_rows_say()
    {
        WriteInFolders();
        List<(string Id, double Score)> kept;
        using (var engine = _kb.Open())
            kept = Results(engine);

        Sql("UPDATE doc_lengths SET data = substr(data, 1, length(data) - 1)");

        using (var engine = _kb.Open())
            Assert.Equal(kept, Results(engine));
    }

    private static readonly DocLengths Sample = new([1, 2, 5], [120, 0, 37], [240, 0, 80], [false, true, false], [0, 0, 1]);

    [Fact]
    public void Decodes_what_it_encoded()
    {
        var decoded = DocLengths.Decode(Sample.Encode())!;

        Assert.Equal(Sample.RowIds, decoded.RowIds);
        Assert.Equal(Sample.WordLengths, decoded.WordLengths);
        Assert.Equal(Sample.GramLengths, decoded.GramLengths);
        Assert.Equal(Sample.Unwritten, decoded.Unwritten);
        Assert.Equal(Sample.Folders, decoded.Folders);
    }

    public static TheoryData<string> Damages => ["nothing", "empty", "other format", "cut short", "one byte more", "count too large", "row ids out of order", "flag not 0 or 1"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_blob_of_another_format_or_damaged_is_not_read(string damage)
    {
        var data = Sample.Encode();
        var damaged = damage switch
        {
            "nothing" => null,
            "empty" => [],
            "other format" => [.. "PBLENS00"u8, .. data.AsSpan(8)],
            "cut short" => data[..^1],
            "one byte more" => [.. data, 0],
            "count too large" => With(data, d => BinaryPrimitives.WriteInt32LittleEndian(d.AsSpan(8), 4)),
            "row ids out of order" => With(data, d => BinaryPrimitives.WriteInt64LittleEndian(d.AsSpan(12 + 8), 7)),
            "flag not 0 or 1" => With(data, d => d[^1] = 2),
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        };

        Assert.Null(DocLengths.Decode(damaged));
    }

    private static byte[] With(byte[] data, Action<byte[]> change)
    {
        var copy = data.ToArray();
        change(copy);
        return copy;
    }

    private (long Generation, byte[] Data) KeptRow() => IndexDatabase.KeptBlob(_kb.IndexPath, "doc_lengths");

    private void Sql(string sql, params (string Name, object Value)[] parameters) => IndexDatabase.Execute(_kb.IndexPath, sql, parameters);

    private SqliteConnection Connect() => IndexDatabase.Connect(_kb.IndexPath);
}
