using Playbooks.Cli.Tests.Hostile;
using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests.Commands;

/// <summary><c>new</c> and <c>import</c> refuse control characters and read nothing but regular files.</summary>
public sealed class ControlCharacterInputTests : IDisposable
{
    private readonly HostileKnowledgeBase _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    public async Task New_refuses_a_title_with_a_terminal_escape_and_writes_nothing()
    {
        var files = Directory.GetFiles(Path.Combine(_kb.Root, "kb"), "*", SearchOption.AllDirectories).Length;

        var result = await _kb.Cli().RunAsync("new", "--playbooks", "kb", "--no-input", "--title", "直播黑屏\u001b]0;PWN\u0007",
            "--category", "内容运营", "--severity", "高", "--tags", "黑屏,断播,直播事故", "--owner", "直播运营主管");

        Assert.Equal(2, result.ExitCode); // a bad option value is a usage error
        Assert.Contains("--title 无效：标题含有不可见的控制字符（U+001B）", result.Error);
        Assert.Equal(files, Directory.GetFiles(Path.Combine(_kb.Root, "kb"), "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task Import_refuses_an_article_with_a_control_character_naming_its_line()
    {
        File.WriteAllText(Path.Combine(_kb.Root, "article.txt"), SampleArticles.TwoCases.Replace("券没有限制", "券没有\u202E限制"));

        var result = await _kb.Cli().RunAsync("import", "article.txt", "--playbooks", "kb", "--dry-run");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("第 11 行含有控制字符 U+202E", result.Error);
    }

    [Fact]
    public async Task Import_does_not_read_a_link_to_dev_zero()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "/dev/zero is a Linux device");
        File.CreateSymbolicLink(Path.Combine(_kb.Root, "zero.txt"), "/dev/zero");

        var result = await Task.Run(() => _kb.Cli().RunAsync("import", "zero.txt", "--playbooks", "kb", "--dry-run")).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("不是普通文件", result.Error);
    }
}
