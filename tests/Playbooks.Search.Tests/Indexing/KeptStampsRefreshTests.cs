using Microsoft.Data.Sqlite;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Search.Indexing;
using Playbooks.Search.Storage;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Indexing;

/// <summary>
/// The index keeps every file's stamp as one blob (<see cref="FileStamps"/>) so that an unchanged knowledge base is
/// told apart without reading a row per file. The blob is only ever a shortcut: missing, stale or damaged, the next
/// command must see exactly the changes it would have seen without it, and keep a good blob again.
/// </summary>
public sealed class KeptStampsRefreshTests : IDisposable
{
    private const int Playbooks = 12;
    private readonly TempKnowledgeBase _kb = new();

    public KeptStampsRefreshTests()
    {
        _kb.WriteAll(Enumerable.Range(0, Playbooks - 1).Select(i => new PlaybookText($"case-{i:D2}", $"第{i}号预案") { Background = $"编号{i:D2}的社群事故。" }));
        _kb.Write("运营/深/case-sub.md", new PlaybookText("case-sub", "子目录预案") { Background = "编号sub的社群事故。" }.ToString());
        // Files saved in the last two seconds are stamped "read again" (racily clean) and never match: these are older,
        // as a knowledge base's files are between two commands, so the kept stamps can answer.
        foreach (var file in Directory.EnumerateFiles(_kb.Root, "*.md", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
    }

    public void Dispose() => _kb.Dispose();

    private static (int Added, int Updated, int Removed, int Unchanged) Counts(RefreshReport report) =>
        (report.Added, report.Updated, report.Removed, report.Unchanged);

    [Fact]
    public void Every_commit_keeps_the_stamps_of_the_files_it_indexed()
    {
        _kb.Open().Dispose();
        Edit("case-01.md", new PlaybookText("case-01", "第1号预案") { Background = "直播间主播口误说错优惠价格。" }.ToString());

        _kb.Open().Dispose();

        var kept = KeptStamps();
        Assert.Equal(CurrentGeneration(), kept.Generation);
        Assert.Equal(Playbooks, kept.Stamps!.Count);
        var edited = Enumerable.Range(0, kept.Stamps.Count).Single(i => kept.Stamps.Path(i).SequenceEqual("case-01.md"));
        Assert.Equal(new FileInfo(Path.Combine(_kb.Root, "case-01.md")).Length, kept.Stamps.Size(edited));
    }

    [Fact]
    public void An_index_made_before_stamps_were_kept_still_sees_an_edit_and_keeps_them_from_then_on()
    {
        _kb.Open().Dispose();
        Sql("DROP TABLE file_stamps");
        Edit("case-01.md", new PlaybookText("case-01", "第1号预案") { Background = "直播间主播口误说错优惠价格。" }.ToString());

        using (var engine = _kb.Open())
        {
            Assert.Equal((0, 1, 0, Playbooks - 1), Counts(engine.LastRefresh));
            Assert.Equal("case-01", engine.Search("主播口误").Results[0].Id);
        }
        Assert.Equal(CurrentGeneration(), KeptStamps().Generation);
    }

    [Fact]
    public void An_unchanged_index_without_stamps_reindexes_nothing_and_keeps_them()
    {
        _kb.Open().Dispose();
        Sql("DELETE FROM file_stamps");
        var generation = CurrentGeneration();

        using (var engine = _kb.Open())
            Assert.Equal((0, 0, 0, Playbooks), Counts(engine.LastRefresh));

        // Kept as a cache: for the state the rows describe, without a commit of its own.
        Assert.Equal(generation, CurrentGeneration());
        var kept = KeptStamps();
        Assert.Equal(generation, kept.Generation);
        Assert.Equal(Playbooks, kept.Stamps!.Count);
    }

    [Fact]
    public void Stamps_left_behind_by_an_older_build_are_not_trusted_even_when_the_files_match_them()
    {
        var path = Path.Combine(_kb.Root, "case-01.md");
        var original = File.ReadAllText(path);
        _kb.Open().Dispose();
        var old = RawStamps();
        var written = File.GetLastWriteTimeUtc(path);
        Edit("case-01.md", new PlaybookText("case-01", "第1号预案") { Background = "直播间主播口误说错优惠价格。" }.ToString());
        _kb.Open().Dispose();
        // An older build commits without keeping stamps: the blob still describes the files before that commit.
        Sql("UPDATE file_stamps SET generation = $generation, data = $data", ("$generation", old.Generation), ("$data", old.Data));
        // And the file goes back to exactly what the old stamps describe (a `git checkout` that restores the time).
        File.WriteAllText(path, original);
        File.SetLastWriteTimeUtc(path, written);

        using var engine = _kb.Open();

        Assert.Equal((0, 1, 0, Playbooks - 1), Counts(engine.LastRefresh));
        Assert.Empty(engine.Search("主播口误").Results);
        Assert.Equal("case-01", engine.Search("编号01").Results[0].Id);
    }

    public static TheoryData<string> Damages => ["not a blob", "older format", "cut short", "lengths that do not add up"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void Damaged_stamps_are_ignored_the_edit_is_seen_and_good_stamps_are_kept_again(string damage)
    {
        _kb.Open().Dispose();
        Edit("case-01.md", new PlaybookText("case-01", "第1号预案") { Background = "直播间主播口误说错优惠价格。" }.ToString());
        var data = RawStamps().Data;
        object damaged = damage switch
        {
            "not a blob" => "PBSTAMP1",
            "older format" => (byte[])[.. "PBSTAMP0"u8, .. data.AsSpan(8)],
            "cut short" => data[..^3],
            "lengths that do not add up" => (byte[])[.. data.AsSpan(0, 8), 0xFF, 0xFF, 0xFF, 0x7F, .. data.AsSpan(12)],
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        };
        Sql("UPDATE file_stamps SET data = $data", ("$data", damaged));

        using (var engine = _kb.Open())
        {
            Assert.Equal((0, 1, 0, Playbooks - 1), Counts(engine.LastRefresh));
            Assert.Equal("case-01", engine.Search("主播口误").Results[0].Id);
        }
        var kept = KeptStamps();
        Assert.Equal(CurrentGeneration(), kept.Generation);
        Assert.Equal(Playbooks, kept.Stamps!.Count);
    }

    [Fact]
    public void Damaged_stamps_of_an_unchanged_index_reindex_nothing()
    {
        _kb.Open().Dispose();
        Sql("UPDATE file_stamps SET data = zeroblob(64)");

        using var engine = _kb.Open();

        Assert.Equal((0, 0, 0, Playbooks), Counts(engine.LastRefresh));
        Assert.NotNull(KeptStamps().Stamps);
    }

    [Fact]
    public void Stamps_of_the_current_generation_are_trusted_without_reading_the_rows()
    {
        _kb.Open().Dispose();
        Edit("case-01.md", new PlaybookText("case-01", "第1号预案") { Background = "直播间主播口误说错优惠价格。" }.ToString());
        // Stamps claiming the edited file as indexed: only a check that never reads the rows believes them. This is what
        // makes opening 100 000 playbooks fast, and why the stamps are tied to the generation they were made from.
        var listed = PlaybookFiles.Scan(_kb.Root).Entries.Select(e => (e.Relative, e.Length, e.LastWriteUtc.Ticks));
        Sql("UPDATE file_stamps SET data = $data", ("$data", FileStamps.Encode(listed)));

        using var engine = _kb.Open();

        Assert.Equal((0, 0, 0, Playbooks), Counts(engine.LastRefresh));
    }

    [Fact]
    public void A_same_size_edit_in_a_subfolder_is_seen_on_the_next_open()
    {
        _kb.Open().Dispose();
        var before = new FileInfo(Path.Combine(_kb.Root, "运营/深/case-sub.md")).Length;
        Edit("运营/深/case-sub.md", new PlaybookText("case-sub", "子目录预案") { Background = "编号sub的群聊事故。" }.ToString());
        Assert.Equal(before, new FileInfo(Path.Combine(_kb.Root, "运营/深/case-sub.md")).Length);

        using var engine = _kb.Open();

        Assert.Equal((0, 1, 0, Playbooks - 1), Counts(engine.LastRefresh));
        Assert.Equal("case-sub", engine.Search("群聊事故").Results[0].Id);
    }

    [Fact]
    public void A_renamed_file_with_the_same_size_and_time_is_seen_at_its_new_path()
    {
        _kb.Open().Dispose();
        Directory.CreateDirectory(Path.Combine(_kb.Root, "归档"));
        File.Move(Path.Combine(_kb.Root, "case-02.md"), Path.Combine(_kb.Root, "归档", "case-02.md"));

        using var engine = _kb.Open();

        Assert.Equal((1, 0, 1, Playbooks - 1), Counts(engine.LastRefresh));
        Assert.Equal("归档/case-02.md", engine.Search("编号02").Results[0].Path);
    }

    [Fact]
    public void A_file_touched_without_a_change_is_not_reindexed_and_its_new_time_is_kept()
    {
        _kb.Open().Dispose();
        var touched = DateTime.UtcNow.AddMinutes(-10);
        File.SetLastWriteTimeUtc(Path.Combine(_kb.Root, "case-03.md"), touched);

        using (var engine = _kb.Open())
            Assert.Equal((0, 0, 0, Playbooks), Counts(engine.LastRefresh));

        var stamps = KeptStamps().Stamps!;
        Assert.Contains(touched.Ticks, Enumerable.Range(0, stamps.Count).Select(stamps.Modified));
    }

    /// <summary>Saves a file as an editor would, minutes ago (not racily clean), and after the ones the constructor wrote.</summary>
    private void Edit(string relative, string content)
    {
        var path = _kb.Write(relative, content);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-30));
    }

    private (long Generation, FileStamps? Stamps) KeptStamps()
    {
        var (generation, data) = RawStamps();
        return (generation, FileStamps.Decode(data));
    }

    private (long Generation, byte[] Data) RawStamps() => IndexDatabase.KeptBlob(_kb.IndexPath, "file_stamps");

    private long CurrentGeneration()
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'";
        return (long)command.ExecuteScalar()!;
    }

    private void Sql(string sql, params (string Name, object Value)[] parameters) => IndexDatabase.Execute(_kb.IndexPath, sql, parameters);

    private SqliteConnection Connect() => IndexDatabase.Connect(_kb.IndexPath);
}
