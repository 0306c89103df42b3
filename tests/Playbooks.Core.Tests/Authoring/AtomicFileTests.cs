using Playbooks.Core.Authoring;

namespace Playbooks.Core.Tests.Authoring;

public sealed class AtomicFileTests
{
    [Fact]
    public void Creates_the_file_and_its_folder_as_UTF8_without_BOM()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "community", "bot-flood.md");

        AtomicFile.CreateNew(folder.Path, "community/bot-flood.md", "标题\n", "playbooks");

        Assert.Equal("标题\n"u8.ToArray(), File.ReadAllBytes(path));
    }

    [Fact]
    public void Never_overwrites_and_names_the_existing_file()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "bot-flood.md");
        File.WriteAllText(path, "原来的内容");

        var error = Assert.Throws<PlaybooksException>(() => AtomicFile.CreateNew(folder.Path, "bot-flood.md", "新内容", "playbooks"));

        Assert.Equal(("文件已存在：playbooks/bot-flood.md", "playbooks/bot-flood.md", "file-exists"), (error.Message, error.Location, error.Code));
        Assert.Equal("换一个 id；要修改已有的预案请直接编辑该文件（本命令从不覆盖已有文件）", error.Remedy);
        Assert.Equal("原来的内容", File.ReadAllText(path));
    }

    [Fact]
    public void Leaves_no_temporary_file_behind()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "bot-flood.md");
        AtomicFile.CreateNew(folder.Path, "bot-flood.md", "一", ".");
        Assert.Throws<PlaybooksException>(() => AtomicFile.CreateNew(folder.Path, "bot-flood.md", "二", "."));

        Assert.Equal(["bot-flood.md"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Reports_an_unwritable_place_as_a_user_error()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "community"), "不是目录");

        var error = Assert.Throws<PlaybooksException>(() =>
            AtomicFile.CreateNew(folder.Path, "community/bot-flood.md", "x", "playbooks"));

        Assert.Equal("write-failed", error.Code);
        Assert.StartsWith("无法写入文件 playbooks/community/bot-flood.md：", error.Message);
        Assert.Equal("检查目录是否存在、是否有写权限、磁盘是否已满，然后重试", error.Remedy);
    }

    [Fact]
    public void Refuses_a_linked_folder_and_writes_nothing_where_it_points()
    {
        using var folder = new TempFolder();
        using var elsewhere = new TempFolder();
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "community"), elsewhere.Path);

        var error = Assert.Throws<PlaybooksException>(() => AtomicFile.CreateNew(folder.Path, "community/bot-flood.md", "x", "playbooks"));

        Assert.Equal(($"playbooks/community 是符号链接（指向 {elsewhere.Path}），不会通过链接写入文件", "playbooks/community", "symlink"),
            (error.Message, error.Location, error.Code));
        Assert.Empty(Directory.GetFileSystemEntries(elsewhere.Path));
    }

    [Fact]
    public void Refuses_a_link_in_place_of_the_file_even_a_dangling_one()
    {
        using var folder = new TempFolder();
        using var elsewhere = new TempFolder();
        var victim = Path.Combine(elsewhere.Path, "victim.txt");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "bot-flood.md"), victim);

        var error = Assert.Throws<PlaybooksException>(() => AtomicFile.CreateNew(folder.Path, "bot-flood.md", "x", "playbooks"));

        Assert.Equal("symlink", error.Code);
        Assert.False(File.Exists(victim));
    }
}
