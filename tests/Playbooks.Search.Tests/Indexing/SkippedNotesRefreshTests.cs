using System.Text;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Indexing;

/// <summary>
/// A knowledge base kept beside ordinary notes (an Obsidian vault, a docs folder): the notes are left out as not
/// playbooks, and the index remembers them with why, so an unchanged folder is checked by its listing alone and every
/// command still names each note with the same words; a note saved again is read again.
/// </summary>
public sealed class SkippedNotesRefreshTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    public SkippedNotesRefreshTests()
    {
        _kb.WriteAll(Enumerable.Range(0, 3).Select(i => new PlaybookText($"case-{i}", $"第{i}号预案") { Background = $"编号{i}的社群事故。" }));
        _kb.Write("notes/周会记录.md", "# 周会记录\n\n本周讨论了拉新活动的排期。\n");
        _kb.Write("notes/读书笔记.md", "# 读书笔记\n\n增长黑客的第三章。\n");
        Age();
    }

    public void Dispose() => _kb.Dispose();

    [Fact]
    public void Every_command_names_the_same_notes_with_the_same_words()
    {
        var first = Warnings();
        var second = Warnings();
        var third = Warnings();

        Assert.Equal(2, first.Count);
        Assert.Contains("notes/周会记录.md", first[0]);
        Assert.Contains("notes/读书笔记.md", first[1]);
        Assert.Equal(first, second);
        Assert.Equal(first, third);
    }

    [Fact]
    public void An_unchanged_note_is_not_read_again()
    {
        var before = Warnings();
        // Same size and time, other bytes (not UTF-8 now): a command that read the note again would say so.
        var path = Path.Combine(_kb.Root, "notes/周会记录.md");
        var time = File.GetLastWriteTimeUtc(path);
        var bytes = File.ReadAllBytes(path);
        bytes[^2] = 0xFF;
        File.WriteAllBytes(path, bytes);
        File.SetLastWriteTimeUtc(path, time);

        Assert.Equal(before, Warnings());
    }

    [Fact]
    public void A_note_saved_again_is_read_again()
    {
        Warnings();
        var path = Path.Combine(_kb.Root, "notes/周会记录.md");
        var bytes = Encoding.UTF8.GetBytes("# 周会记录\n\n本周讨论了拉新活动的排期。\n");
        bytes[^2] = 0xFF;
        File.WriteAllBytes(path, bytes);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-10));

        var warnings = Warnings();

        Assert.Equal(2, warnings.Count);
        Assert.Contains("notes/周会记录.md", warnings[0]);
        Assert.Contains("不是 UTF-8", warnings[0]);
    }

    [Fact]
    public void A_note_that_becomes_a_playbook_is_searchable_and_no_longer_named()
    {
        Warnings();
        _kb.Write("notes/周会记录.md", new PlaybookText("weekly", "周会上发现拉新活动排期冲突") { Background = "拉新活动排期冲突。" }.ToString());
        Age();

        using var engine = _kb.Open();

        Assert.Single(engine.LastRefresh.Skipped);
        Assert.Equal("weekly", engine.Search("拉新活动排期冲突").Results[0].Id);
    }

    [Fact]
    public void A_deleted_note_is_no_longer_named()
    {
        Warnings();
        _kb.Delete("notes/读书笔记.md");

        var warnings = Warnings();

        Assert.Single(warnings);
        Assert.Contains("notes/周会记录.md", warnings[0]);
    }

    [Fact]
    public void A_note_touched_without_a_change_is_still_named()
    {
        var before = Warnings();
        File.SetLastWriteTimeUtc(Path.Combine(_kb.Root, "notes/读书笔记.md"), DateTime.UtcNow.AddMinutes(-5));

        Assert.Equal(before, Warnings());
        Assert.Equal(before, Warnings());
    }

    [Fact]
    public void A_note_whose_kept_reason_cannot_be_read_back_is_still_named()
    {
        var before = Warnings();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_kb.IndexPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE guides SET skipped = '{not json' WHERE path = 'notes/读书笔记.md'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var after = Warnings();

        // The unchanged folder is answered from the index: the note whose reason is lost is still said to be left out.
        Assert.Equal(2, after.Count);
        Assert.Equal(before[0], after[0]);
        Assert.Contains("notes/读书笔记.md", after[1]);
        Assert.Contains("playbooks lint", after[1]);
    }

    private List<string> Warnings()
    {
        using var engine = _kb.Open();
        return engine.LastRefresh.Skipped.Select(s => s.Warning).ToList();
    }

    /// <summary>Dates every file minutes back, as files are between two commands: not "racily clean", so stamps can answer.</summary>
    private void Age()
    {
        foreach (var file in Directory.EnumerateFiles(_kb.Root, "*.md", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
    }
}
