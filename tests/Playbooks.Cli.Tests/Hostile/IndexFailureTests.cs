using Microsoft.Data.Sqlite;
using Playbooks.Cli.Tests.Support;
using Playbooks.Search.Storage;

namespace Playbooks.Cli.Tests.Hostile;

/// <summary>
/// <c>playbooks search</c> on a machine that refuses the index: a full disk, a folder where the index file should be,
/// an index path that cannot be created, a read-only index file, and folders that are not knowledge bases. Search must
/// still answer (exit 0, with a one-line notice saying why and what to do), or refuse clearly (exit 1) without writing
/// anything; never exit 3. SQLite failures that need root to arrange are injected through
/// <see cref="IndexStoreOptions.OnConnect"/>, which makes SQLite itself fail as the disk would.
/// </summary>
public sealed class IndexFailureTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _kb;

    public IndexFailureTests()
    {
        _kb = _temp.CreateDirectory("kb");
        _temp.Write("kb/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人号进群刷屏"));
        _temp.Write("kb/community/fake-teacher.md", SamplePlaybooks.Valid("fake-teacher", "有人冒充助教拉人进群"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    private string DefaultIndex => _temp.Combine("kb/.cache/index.sqlite");

    private CliRunner Runner(Action<SqliteConnection>? onConnect = null) =>
        new(_temp.Path) { IndexStorage = new IndexStoreOptions { OnConnect = onConnect } };

    private static void Pragma(SqliteConnection connection, string pragma)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        command.ExecuteNonQuery();
    }

    private static string Notice(string index, string reason, string remedy) =>
        $"提示：索引 {index} 无法使用：{reason}。本次改用内存中的临时索引，检索结果不受影响，只是较慢；{remedy}。";

    private const string ElsewhereRemedy = "或设置环境变量 PLAYBOOKS_INDEX 把索引放到可写的位置";

    private static void AssertFound(CliResult result, string title)
    {
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"1. {title}", result.OutLines[0]);
    }

    [Fact]
    public async Task Search_on_a_full_disk_answers_from_memory_and_leaves_no_index_folder_behind()
    {
        var result = await Runner(c => Pragma(c, "max_page_count = 1")).RunAsync("search", "--playbooks", "kb", "冒充助教");

        AssertFound(result, "有人冒充助教拉人进群");
        Assert.Equal([Notice(DefaultIndex, "磁盘空间已满", $"请清理磁盘空间，{ElsewhereRemedy}")], result.ErrorLines);
        Assert.False(Directory.Exists(_temp.Combine("kb/.cache")));
    }

    [Fact]
    public async Task Search_on_a_disk_that_filled_up_after_indexing_still_finds_a_new_save()
    {
        Assert.Equal(0, (await Runner().RunAsync("search", "--playbooks", "kb", "刷屏")).ExitCode);
        // Long enough that indexing it needs new pages, which the full disk refuses.
        _temp.Write("kb/community/price-error.md", SamplePlaybooks.Valid("price-error", "商品价格填错被抢购") +
            string.Concat(Enumerable.Range(0, 300).Select(i => $"\n第 {i} 单：九十九元的商品被填成九块九。\n")));

        var result = await Runner(c => Pragma(c, "max_page_count = 1")).RunAsync("search", "--playbooks", "kb", "价格填错");

        AssertFound(result, "商品价格填错被抢购");
        Assert.Equal([Notice(DefaultIndex, "磁盘空间已满", $"请清理磁盘空间，{ElsewhereRemedy}")], result.ErrorLines);
    }

    [Fact]
    public async Task Search_with_PLAYBOOKS_INDEX_naming_a_folder_answers_from_memory()
    {
        var folder = _temp.CreateDirectory("somewhere");
        var runner = Runner();
        runner.Variables["PLAYBOOKS_INDEX"] = folder;

        var result = await runner.RunAsync("search", "--playbooks", "kb", "冒充助教");

        AssertFound(result, "有人冒充助教拉人进群");
        Assert.Equal([Notice(folder, "无法创建或打开索引文件（该路径是文件夹，或所在文件夹不可写）", $"请检查这个路径，{ElsewhereRemedy}")], result.ErrorLines);
    }

    [Fact]
    public async Task Search_with_PLAYBOOKS_INDEX_in_a_folder_that_cannot_be_created_answers_from_memory()
    {
        // A regular file where the folder should be: refused even to root (CI), unlike permissions.
        _temp.Write("blocked", "not a folder");
        var index = _temp.Combine("blocked/index.sqlite");
        var runner = Runner();
        runner.Variables["PLAYBOOKS_INDEX"] = index;

        var result = await runner.RunAsync("search", "--playbooks", "kb", "冒充助教");

        AssertFound(result, "有人冒充助教拉人进群");
        Assert.Equal([Notice(index, "无法在这个位置创建索引文件或它的文件夹", $"请检查这个路径的权限，{ElsewhereRemedy}")], result.ErrorLines);
    }

    [Fact]
    public async Task Search_with_PLAYBOOKS_INDEX_in_an_unwritable_folder_answers_from_memory()
    {
        var runner = Runner(_ => throw new SqliteException("unable to open database file", 14)); // as SQLite reports EACCES
        runner.Variables["PLAYBOOKS_INDEX"] = _temp.Combine("readonly/index.sqlite");

        var result = await runner.RunAsync("search", "--playbooks", "kb", "冒充助教");

        AssertFound(result, "有人冒充助教拉人进群");
        Assert.Contains("无法创建或打开索引文件", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Search_with_a_read_only_index_and_a_change_to_write_answers_from_memory()
    {
        Assert.Equal(0, (await Runner().RunAsync("search", "--playbooks", "kb", "刷屏")).ExitCode);
        _temp.Write("kb/community/price-error.md", SamplePlaybooks.Valid("price-error", "商品价格填错被抢购"));

        var result = await Runner(c => Pragma(c, "query_only = 1")).RunAsync("search", "--playbooks", "kb", "价格填错");

        AssertFound(result, "商品价格填错被抢购");
        Assert.Equal([Notice(DefaultIndex, "索引文件或所在文件夹只读", $"请给它加上写权限，{ElsewhereRemedy}")], result.ErrorLines);
    }

    [Fact]
    public async Task Search_of_the_file_system_root_is_refused_and_writes_nothing_there()
    {
        var hadCache = Directory.Exists("/.cache");

        var result = await Runner().RunAsync("search", "--playbooks", "/", "退款");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["错误：/ 是整个磁盘的根目录，不是预案目录", "  位置：/",
            "  解决：用 --playbooks 指定存放预案（.md 文件）的文件夹，例如 --playbooks ./playbooks"], result.ErrorLines);
        Assert.Equal(hadCache, Directory.Exists("/.cache"));
    }

    [Fact]
    public async Task Search_of_a_folder_without_playbooks_is_refused_and_writes_nothing_there()
    {
        _temp.Write("notes/todo.txt", "买咖啡");
        _temp.Write("notes/photos/readme.jpg", "");

        var result = await Runner().RunAsync("search", "--playbooks", "notes", "退款");

        Assert.Equal(1, result.ExitCode);
        var notes = _temp.Combine("notes");
        Assert.Equal([$"错误：{notes} 里没有找到预案，它不像是预案目录", $"  位置：{notes}",
            "  解决：用 --playbooks 指定存放预案（.md 文件）的文件夹，例如 --playbooks ./playbooks"], result.ErrorLines);
        Assert.Equal(["photos", "todo.txt"], Directory.EnumerateFileSystemEntries(notes).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Searches_started_together_after_a_save_all_succeed()
    {
        Assert.Equal(0, (await Runner().RunAsync("search", "--playbooks", "kb", "刷屏")).ExitCode);
        File.AppendAllText(_temp.Combine("kb/community/bot-flood.md"), "\n深夜有人连发抽奖链接。\n");

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => Runner().RunAsync("search", "--playbooks", "kb", "抽奖链接"))));

        Assert.All(results, r => AssertFound(r, "机器人号进群刷屏"));
    }
}
