using System.Text.Json;
using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests.Commands;

public sealed class NewCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _cli;
    private readonly string _kb;

    public NewCommandTests()
    {
        _cli = new CliRunner(_temp.Path);
        _kb = _temp.Combine("kb");
        _temp.Write("kb/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人小号批量进群刷屏"));
    }

    public void Dispose() => _temp.Dispose();

    private static readonly string[] AllFlags =
        ["--title", "直播间突然黑屏", "--category", "内容运营", "--severity", "高", "--tags", "黑屏,断播,直播事故", "--owner", "直播运营主管"];

    private Task<CliResult> New(params string[] args) => _cli.RunAsync(["new", "--playbooks", _kb, .. args]);

    /// <summary>All the flags, with <paramref name="flag"/> set to <paramref name="value"/> (replaced or added).</summary>
    private static string[] With(string flag, string value)
    {
        var args = AllFlags.ToList();
        var at = args.IndexOf(flag);
        if (at >= 0)
            args[at + 1] = value;
        else
            args.AddRange([flag, value]);
        return [.. args];
    }

    [Fact]
    public void Is_registered_in_the_command_tree()
    {
        Assert.Contains(CliApp.BuildRoot(new CliEnvironment
        {
            Out = TextWriter.Null, Error = TextWriter.Null, In = TextReader.Null, GetVariable = _ => null, CurrentDirectory = _temp.Path,
        }).Subcommands, c => c.Name == "new");
    }

    [Fact]
    public async Task Writes_a_draft_with_complete_front_matter_and_prints_the_path_and_next_steps()
    {
        var result = await New(["--id", "live-blackout", .. AllFlags]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        var path = $"{_kb}/live-blackout.md";
        Assert.Equal(
            [
                $"已创建预案草稿：{path}",
                "",
                "下一步：",
                $"  1. 编辑 {path}：按每个标题下的注释写好五个章节，写完把 draft 改为 false",
                $"  2. 检查格式：playbooks lint --playbooks {_kb}",
                $"  3. 确认能检索到：playbooks search --playbooks {_kb} 直播间突然黑屏",
            ],
            result.OutLines);
        Assert.StartsWith("""
            ---
            id: live-blackout
            title: 直播间突然黑屏
            category: 内容运营
            tags: [黑屏, 断播, 直播事故]
            severity: 高
            owner: 直播运营主管
            updated: 2026-11-21
            draft: true
            ---
            """.ReplaceLineEndings("\n"), File.ReadAllText(path));
    }

    [Fact]
    public async Task The_skeleton_has_the_five_headings_each_with_a_guidance_comment()
    {
        await New(["--id", "live-blackout", .. AllFlags]);

        var text = File.ReadAllText($"{_kb}/live-blackout.md");
        Assert.Equal(["## 背景", "## 风险源头", "## 激化情况", "## 处理方法", "## 复盘反思"], text.Split('\n').Where(l => l.StartsWith("## ")));
        Assert.Equal(5, text.Split('\n').Count(l => l.StartsWith("<!-- ") && l.EndsWith(" -->")));
    }

    [Fact]
    public async Task Lists_exactly_the_missing_flags_when_it_cannot_ask()
    {
        var result = await New("--title", "直播间突然黑屏", "--owner", "直播运营主管");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [
                "用法错误：缺少必填项：--category、--severity、--tags（不在终端里运行，无法提问）",
                "  解决：补上这些选项，例如：playbooks new --title \"群里有人冒充助教拉人\" --category 社群运营 --severity 高 --tags 冒充,拉人,名片 --owner 社群运营主管；或在终端里直接运行 playbooks new，按提示逐项填写",
            ],
            result.ErrorLines);
        Assert.Single(Directory.GetFiles(_kb, "*.md", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("黑屏,断播", "用法错误：--tags 无效：需要 3–8 个标签，现在是 2 个（黑屏、断播）")]
    [InlineData("a,b,c,d,e,f,g,h,i", "用法错误：--tags 无效：需要 3–8 个标签，现在是 9 个：只留值班同学最常说的几个（a、b、c、d、e、f、g、h、i）")]
    public async Task Refuses_fewer_than_three_or_more_than_eight_tags_and_says_how_many_there_are(string tags, string error)
    {
        var result = await New(["--id", "live-blackout", .. With("--tags", tags)]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [error, "  解决：写 3–8 个值班同学描述这类事故时会说的词，逗号分隔，例如 --tags 刷屏,广告,炸群"],
            result.ErrorLines);
        Assert.Single(Directory.GetFiles(_kb, "*.md", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task In_a_terminal_asks_again_until_there_are_three_to_eight_tags()
    {
        var prompter = new ScriptedPrompter("黑屏", "黑屏，断播、直播、卡顿、掉线、没画面、观众流失、弹幕刷屏、退票", "黑屏,断播,直播事故");
        var cli = new CliRunner(_temp.Path) { InputIsTerminal = true, OutputIsTerminal = true, Prompter = prompter };
        cli.Variables["NO_COLOR"] = "1";

        var result = await cli.RunAsync("new", "--playbooks", _kb, "--id", "live-blackout", "--title", "直播间突然黑屏",
            "--category", "内容运营", "--severity", "高", "--owner", "直播运营主管");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "需要 3–8 个标签，现在是 1 个，例如：刷屏,广告,炸群",
                "需要 3–8 个标签，现在是 9 个：只留值班同学最常说的几个",
            ],
            prompter.Errors);
        Assert.Contains("\ntags: [黑屏, 断播, 直播事故]\n", File.ReadAllText($"{_kb}/live-blackout.md"));
    }

    [Fact]
    public async Task No_input_fails_instead_of_prompting_even_in_a_terminal()
    {
        var prompter = new ScriptedPrompter();
        var cli = new CliRunner(_temp.Path) { InputIsTerminal = true, OutputIsTerminal = true, Prompter = prompter };
        cli.Variables["NO_COLOR"] = "1";

        var result = await cli.RunAsync("new", "--playbooks", _kb, "--no-input", "--title", "直播间突然黑屏");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("用法错误：缺少必填项：--category、--severity、--tags、--owner（--no-input 不会提问）", result.ErrorLines[0]);
        Assert.Empty(prompter.Asked);
    }

    [Fact]
    public async Task Derives_the_id_from_the_title_in_pinyin_when_none_is_given()
    {
        var result = await New(["--title", "团长在群里和顾客吵架", .. AllFlags[2..]]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["提示：未指定 --id，按标题生成：tuanzhang-qun-li-guke"], result.ErrorLines);
        Assert.True(File.Exists($"{_kb}/tuanzhang-qun-li-guke.md"));
    }

    [Fact]
    public async Task Suffixes_a_derived_id_that_is_taken_and_names_the_playbook_using_it()
    {
        _temp.Write("kb/user/tuikuan.md", SamplePlaybooks.Valid("tuikuan", "退款"));

        var result = await New(["--title", "退款", .. AllFlags[2..]]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"提示：按标题生成的 id“tuikuan”已被 {_kb}/user/tuikuan.md 使用，改用“tuikuan-2”；如果是同一类事故，考虑直接更新那个预案"], result.ErrorLines);
        Assert.True(File.Exists($"{_kb}/tuikuan-2.md"));
    }

    [Fact]
    public async Task Refuses_an_id_in_use_and_names_the_file_that_uses_it()
    {
        var existing = $"{_kb}/community/bot-flood.md";
        var before = File.ReadAllText(existing);

        var result = await New(["--id", "bot-flood", .. AllFlags]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "错误：id“bot-flood”已被使用：" + existing,
                "  位置：" + existing,
                $"  解决：换一个 id；要修改已有的预案请直接编辑 {existing}",
            ],
            result.ErrorLines);
        Assert.Equal(before, File.ReadAllText(existing));
    }

    [Fact]
    public async Task Never_overwrites_a_file_even_one_that_is_not_a_valid_playbook()
    {
        var existing = _temp.Write("kb/community/half-written.md", "还没写完的笔记");

        var result = await New(["--id", "half-written", "--dir", "community", .. AllFlags]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(existing, result.ErrorLines[0]);
        Assert.Equal("还没写完的笔记", File.ReadAllText(existing));
    }

    [Fact]
    public async Task Never_overwrites_a_file_in_a_folder_the_loader_skips()
    {
        var existing = _temp.Write("kb/_drafts/live-blackout.md", "草稿");

        var result = await New(["--id", "live-blackout", "--dir", "_drafts", .. AllFlags]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                $"错误：文件已存在：{existing}",
                $"  位置：{existing}",
                "  解决：换一个 id；要修改已有的预案请直接编辑该文件（本命令从不覆盖已有文件）",
            ],
            result.ErrorLines);
        Assert.Equal("草稿", File.ReadAllText(existing));
    }

    [Theory]
    [InlineData("--id", "Live_Blackout", "用法错误：--id“Live_Blackout”不是小写短横线格式", "  解决：")]
    [InlineData("--severity", "超高", "用法错误：--severity 的值“超高”无效", "  解决：")]
    [InlineData("--dir", "../outside", "用法错误：子目录“../outside”必须在预案目录之内：不能含 ..", "  位置：--dir")]
    [InlineData("--dir", "/tmp", "用法错误：子目录“/tmp”必须在预案目录之内：不能是绝对路径", "  位置：--dir")]
    public async Task Rejects_bad_flag_values_as_usage_errors_naming_the_option_once(string flag, string value, string message, string next)
    {
        var result = await New(With(flag, value));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.ErrorLines[0]);
        Assert.StartsWith(next, result.ErrorLines[1]);
        Assert.Single(Directory.GetFiles(_kb, "*.md", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("critical", "严重")]
    [InlineData("Low", "低")]
    [InlineData("嚴重", "严重")]
    public async Task Accepts_severity_in_English_and_Traditional(string given, string written)
    {
        await New("--id", "live-blackout", "--title", "直播间突然黑屏", "--category", "内容运营", "--severity", given, "--tags", "黑屏,断播,直播事故", "--owner", "直播运营主管");

        Assert.Contains($"\nseverity: {written}\n", File.ReadAllText($"{_kb}/live-blackout.md"));
    }

    [Fact]
    public async Task Accepts_the_teams_own_severity_from_playbooks_yml_and_writes_the_teams_word()
    {
        _temp.Write("kb/playbooks.yml", "severity:\n  红灯: 严重\n  黄灯: 中\n");

        var result = await New("--id", "live-blackout", "--title", "直播间突然黑屏", "--category", "内容运营", "--severity", "红灯", "--tags", "黑屏,断播,直播事故", "--owner", "直播运营主管");
        var list = await _cli.RunAsync("list", "--playbooks", _kb, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\nseverity: 红灯\n", File.ReadAllText($"{_kb}/live-blackout.md"));
        using var json = JsonDocument.Parse(list.Out);
        var written = json.RootElement.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "live-blackout");
        Assert.Equal("严重", written.GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Goes_to_the_folder_of_its_category_unless_dir_says_otherwise()
    {
        await New("--id", "ad-spam", "--title", "广告刷屏", "--category", "社群运营", "--severity", "中", "--tags", "广告,刷屏,引流", "--owner", "社群运营主管");
        await New("--id", "ad-spam-live", "--dir", "community/live", "--title", "直播间广告刷屏", "--category", "社群运营", "--severity", "中", "--tags", "广告,刷屏,引流", "--owner", "社群运营主管");

        Assert.True(File.Exists($"{_kb}/community/ad-spam.md"));
        Assert.True(File.Exists($"{_kb}/community/live/ad-spam-live.md"));
    }

    [Fact]
    public async Task Says_when_a_category_is_new_and_when_the_folder_is_not_indexed()
    {
        var result = await New(["--id", "live-blackout", "--dir", "_drafts", .. AllFlags[..2], "--category", "直播运营", .. AllFlags[4..]]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "提示：分类“直播运营”是新分类，现有分类：社群运营",
                "提示：_drafts/ 以 _ 开头，里面的文件不会被 lint 检查、也不会被检索；定稿后移到正式目录",
            ],
            result.ErrorLines);
    }

    [Fact]
    public async Task A_new_category_note_names_the_categories_this_team_uses_not_the_bundled_ones()
    {
        _temp.Write("kb/ticketing/scalper.md", SamplePlaybooks.Valid("scalper", "开票一秒售罄，黄牛脚本抢光门票").Replace("category: 社群运营", "category: 票务运营"));
        _temp.Write("kb/ticketing/refund.md", SamplePlaybooks.Valid("refund", "演出取消退款迟迟不到账").Replace("category: 社群运营", "category: 票务运营"));

        var result = await New(["--id", "pay-fail", .. AllFlags[..2], "--category", "现场运营", .. AllFlags[4..]]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("提示：分类“现场运营”是新分类，现有分类：票务运营、社群运营", result.ErrorLines);
    }

    [Fact]
    public async Task Json_describes_the_file_written()
    {
        var result = await New(["--id", "live-blackout", "--json", .. AllFlags]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(["id", "title", "category", "severity", "tags", "owner", "updated", "draft", "path", "similar"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal($"{_kb}/live-blackout.md", json.RootElement.GetProperty("path").GetString());
        Assert.Equal("2026-11-21", json.RootElement.GetProperty("updated").GetString());
        Assert.True(json.RootElement.GetProperty("draft").GetBoolean());
    }

    [Fact]
    public async Task In_a_terminal_asks_for_each_missing_value_and_offers_an_id_from_the_title()
    {
        var prompter = new ScriptedPrompter("直播间突然黑屏", "内容运营", "高", "黑屏，断播、直播", "直播运营主管", "");
        var cli = new CliRunner(_temp.Path) { InputIsTerminal = true, OutputIsTerminal = true, Prompter = prompter };
        cli.Variables["NO_COLOR"] = "1";

        var result = await cli.RunAsync("new", "--playbooks", _kb);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "标题（一句话说清是什么事故）",
                "分类： {社群运营|用户运营|活动运营|内容运营|电商运营|品牌舆情|安全合规|其他（手动输入）}",
                "严重程度： {低|中|高|严重}",
                "标签（值班同学描述事故时会说的词，3–8 个，用逗号分隔）",
                "负责人（负责维护这个预案的角色）",
                "id（即文件名：小写英文、数字和短横线） [zhibo-jian-turan-hei]",
            ],
            prompter.Asked);
        var text = File.ReadAllText($"{_kb}/zhibo-jian-turan-hei.md");
        Assert.Contains("\ntags: [黑屏, 断播, 直播]\n", text);
        Assert.Contains("\nseverity: 高\n", text);
    }

    [Fact]
    public async Task In_a_terminal_only_asks_for_what_the_flags_left_out_and_suggests_the_usual_owner()
    {
        var prompter = new ScriptedPrompter("", "my-id");
        var cli = new CliRunner(_temp.Path) { InputIsTerminal = true, OutputIsTerminal = true, Prompter = prompter };
        cli.Variables["NO_COLOR"] = "1";

        var result = await cli.RunAsync("new", "--playbooks", _kb, "--title", "广告刷屏", "--category", "社群运营", "--severity", "中", "--tags", "广告,刷屏,引流");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["负责人（负责维护这个预案的角色） [社群运营主管]", "id（即文件名：小写英文、数字和短横线） [guanggao-shua-ping]"], prompter.Asked);
        Assert.Contains("\nowner: 社群运营主管\n", File.ReadAllText($"{_kb}/community/my-id.md"));
    }

    [Fact]
    public async Task In_a_terminal_asks_again_for_an_id_that_is_malformed_or_taken()
    {
        var prompter = new ScriptedPrompter("Bad_Id", "bot-flood", "good-id");
        var cli = new CliRunner(_temp.Path) { InputIsTerminal = true, OutputIsTerminal = true, Prompter = prompter };
        cli.Variables["NO_COLOR"] = "1";

        var result = await cli.RunAsync(["new", "--playbooks", _kb, .. AllFlags]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["只用小写英文字母、数字和单个短横线，例如 bot-flood", $"已被 {_kb}/community/bot-flood.md 使用，换一个"], prompter.Errors);
        Assert.True(File.Exists($"{_kb}/good-id.md"));
    }

    [Fact]
    public async Task In_a_terminal_a_category_can_be_typed_when_none_fits()
    {
        var prompter = new ScriptedPrompter("其他（手动输入）", "直播运营", "");
        var cli = new CliRunner(_temp.Path) { InputIsTerminal = true, OutputIsTerminal = true, Prompter = prompter };
        cli.Variables["NO_COLOR"] = "1";

        await cli.RunAsync("new", "--playbooks", _kb, "--title", "直播间突然黑屏", "--severity", "高", "--tags", "黑屏,断播,直播事故", "--owner", "直播运营主管");

        Assert.Contains("\ncategory: 直播运营\n", File.ReadAllText($"{_kb}/zhibo-jian-turan-hei.md"));
    }

    [Fact]
    public async Task A_flag_given_twice_is_a_usage_error_in_Chinese()
    {
        var result = await New([.. AllFlags, "--severity", "低"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("用法错误：选项 --severity 只能给一个值，实际给了 2 个", result.ErrorLines[0]);
    }
}
