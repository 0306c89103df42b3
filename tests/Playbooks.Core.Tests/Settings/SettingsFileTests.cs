using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;
using Playbooks.Core.Settings;
using Playbooks.Tests.Shared;

namespace Playbooks.Core.Tests.Settings;

public sealed class SettingsFileTests
{
    private const string Path = "kb/playbooks.yml";

    [Fact]
    public void Reads_a_teams_own_severity_labels()
    {
        var settings = SettingsFile.Parse(Path, "severity: { 红色: 严重, 橙色: 高, 黄色: 中, 蓝色: 低 }\n");

        Assert.Empty(settings.Findings);
        Assert.True(settings.Severity.TryParse("橙色", out var orange));
        Assert.Equal(Severity.High, orange);
        Assert.True(settings.Severity.TryParse("P0", out _)); // built-in labels still count
    }

    [Fact]
    public void Reports_a_bad_entry_with_its_line_and_keeps_the_others()
    {
        var settings = SettingsFile.Parse(Path, "# 团队的严重程度\nseverity:\n  红色: 严重\n  紫色: 超级高\n");

        var finding = Assert.Single(settings.Findings);
        Assert.Equal($"{Path}:4:1: 警告: severity 里“紫色”对应的“超级高”不是已知的严重程度，已忽略这一项 — 写成 `紫色: 严重`（或 高 / 中 / 低）",
            finding.ToString());
        Assert.True(settings.Severity.TryParse("红色", out _));
        Assert.False(settings.Severity.TryParse("紫色", out _));
    }

    [Fact]
    public void Ignores_unknown_sections_with_a_warning()
    {
        var settings = SettingsFile.Parse(Path, "severity: { 红色: 严重 }\nseveirty_extra: 1\n");

        var finding = Assert.Single(settings.Findings);
        Assert.Equal((FindingCodes.SettingsUnknownKey, 2), (finding.Code, finding.Line));
        Assert.Contains("是不是“severity”？", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_with_defaults_when_the_file_cannot_be_read_as_yaml()
    {
        var settings = SettingsFile.Parse(Path, "severity: [红色\nlint: 1\n");

        var finding = Assert.Single(settings.Findings);
        Assert.Equal((FindingCodes.SettingsUnreadable, FindingLevel.Warning), (finding.Code, finding.Level));
        Assert.StartsWith("playbooks.yml 无法读取", finding.Message, StringComparison.Ordinal);
        Assert.Contains("已按默认设置运行", finding.Message, StringComparison.Ordinal);
        Assert.Same(SeverityScale.Builtin, settings.Severity);
    }

    [Fact]
    public void A_section_written_twice_costs_only_its_second_copy()
    {
        // A lead pastes a lint block a second time at the end: the team's scale and first lint block must survive.
        var settings = SettingsFile.Parse(Path,
            "severity:\n  炸场: 严重\n  小事: 低\nlint:\n  vague-word: off\n\n# 后来补的\nlint:\n  vague-word: error\n  step-no-role: off\n");

        var finding = Assert.Single(settings.Findings);
        Assert.Equal((FindingCodes.SettingsRepeatedKey, FindingLevel.Warning, 8), (finding.Code, finding.Level, finding.Line));
        Assert.Contains("“lint”重复出现（第 4 行已有）", finding.Message, StringComparison.Ordinal);
        Assert.Contains("已忽略第 8 行起的这一处（3 行）", finding.Message, StringComparison.Ordinal);
        Assert.True(settings.Severity.TryParse("炸场", out var blowup));
        Assert.Equal(Severity.Critical, blowup);
        Assert.Equal(RuleLevel.Off, settings.Lint["vague-word"]);
        Assert.Equal(RuleLevel.Warning, settings.Lint["step-no-role"]);
    }

    [Fact]
    public void A_label_written_twice_keeps_the_rest_of_the_scale_and_the_lines_after_it()
    {
        var settings = SettingsFile.Parse(Path, "severity:\n  红线: 严重\n  红线: 高\n  要盯: 中\nseveirty_extra: 1\n");

        Assert.Equal([(FindingCodes.SettingsRepeatedKey, 3), (FindingCodes.SettingsUnknownKey, 5)],
            settings.Findings.Select(f => (f.Code, f.Line)));
        Assert.True(settings.Severity.TryParse("红线", out var redLine));
        Assert.Equal(Severity.Critical, redLine);
        Assert.True(settings.Severity.TryParse("要盯", out var watch));
        Assert.Equal(Severity.Medium, watch);
    }

    [Fact]
    public void A_key_repeated_inside_one_line_braces_falls_back_to_defaults_and_says_how_to_fix_it()
    {
        var settings = SettingsFile.Parse(Path, "severity: { 红线: 严重, 红线: 高 }\n");

        var finding = Assert.Single(settings.Findings);
        Assert.Equal(FindingCodes.SettingsUnreadable, finding.Code);
        Assert.Contains("合并成一处", finding.Fix, StringComparison.Ordinal);
        Assert.Same(SeverityScale.Builtin, settings.Severity);
    }

    [Fact]
    public void Rejects_a_severity_section_that_is_not_a_mapping()
    {
        var settings = SettingsFile.Parse(Path, "severity: 红色\n");

        var finding = Assert.Single(settings.Findings);
        Assert.Equal((FindingCodes.SettingsInvalidValue, 1), (finding.Code, finding.Line));
    }

    [Fact]
    public void Uses_defaults_without_a_file()
    {
        using var folder = new TempFolder();

        var settings = SettingsFile.Load(folder.Path);

        Assert.Same(KnowledgeBaseSettings.Default, settings);
    }

    [Fact]
    public void A_named_pipe_called_playbooks_yml_is_reported_and_never_read()
    {
        var folder = Directory.CreateTempSubdirectory("playbooks-settings-").FullName;
        try
        {
            Assert.SkipUnless(NamedPipes.TryCreate(System.IO.Path.Combine(folder, SettingsFile.FileName)), "mkfifo is not available here");

            var settings = Task.Run(() => SettingsFile.Load(folder, "kb")).WaitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();

            var finding = Assert.Single(settings.Findings);
            Assert.Equal(Path, finding.Path);
            Assert.Contains("不是普通文件", finding.Message);
            Assert.Contains("已按默认设置运行", finding.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Reads_lint_levels_in_english_or_chinese()
    {
        var settings = SettingsFile.Parse(Path, "lint:\n  vague-word: off\n  step-no-role: 错误\n  no-review-date: warning\n");

        Assert.Empty(settings.Findings);
        Assert.Equal(RuleLevel.Off, settings.Lint[FindingCodes.VagueWord]);
        Assert.Equal(RuleLevel.Error, settings.Lint[FindingCodes.StepNoRole]);
        Assert.Equal(RuleLevel.Warning, settings.Lint[FindingCodes.NoReviewDate]);
        Assert.Equal(RuleLevel.Warning, settings.Lint[FindingCodes.TemplateHint]); // unset: the default
    }

    [Fact]
    public void Reports_an_unknown_lint_rule_with_the_closest_one_and_a_bad_level_with_the_accepted_ones()
    {
        var settings = SettingsFile.Parse(Path, "lint:\n  vage-word: off\n  step-no-role: loud\n");

        Assert.Equal(
            [
                $"{Path}:2:1: 警告: lint 里的“vage-word”不是可以设置的规则，已忽略这一项 — 是不是“vague-word”？可设置的规则：{string.Join("、", FindingCodes.SopRules)}",
                $"{Path}:3:1: 警告: lint 里“step-no-role”的级别“loud”无法识别，已按警告处理 — 写成 `step-no-role: off`（关闭）、`step-no-role: warning`（警告）或 `step-no-role: error`（错误，lint 退出码 1）",
            ],
            settings.Findings.Select(f => f.ToString()));
        Assert.Equal(RuleLevel.Warning, settings.Lint[FindingCodes.StepNoRole]);
    }
}
