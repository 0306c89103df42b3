using Playbooks.Core.Diagnostics;
using Playbooks.Core.Parsing;
using YamlDotNet.RepresentationModel;

namespace Playbooks.Core.Settings;

/// <summary>
/// The <c>lint:</c> section of <c>playbooks.yml</c>: rule code → <c>off</c> / <c>warning</c> / <c>error</c> (or 关闭 / 警告 /
/// 错误), e.g. <c>lint: { vague-word: off, step-no-time-limit: error }</c>. Only the SOP quality rules can be set: the
/// format checks (a missing section, a file that is not UTF-8) decide whether the tools can read a file at all.
/// </summary>
internal static class LintSection
{
    public const string Key = "lint";

    private const string Example = "写成 `lint: { vague-word: off, step-no-time-limit: error }`";

    private static readonly Dictionary<string, RuleLevel> Levels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["off"] = RuleLevel.Off, ["关闭"] = RuleLevel.Off, ["关"] = RuleLevel.Off, ["false"] = RuleLevel.Off,
        ["warning"] = RuleLevel.Warning, ["warn"] = RuleLevel.Warning, ["警告"] = RuleLevel.Warning,
        ["error"] = RuleLevel.Error, ["错误"] = RuleLevel.Error,
    };

    public static LintRules Read(string path, FrontMatter.Entry entry, List<Finding> findings)
    {
        var rules = LintRules.Default;
        if (entry.Value is not YamlMappingNode mapping)
        {
            findings.Add(SettingsFile.Warning(path, entry.ValueLine, FindingCodes.SettingsInvalidValue,
                "lint 应是“规则: off/warning/error”的映射，已忽略这一节", Example));
            return rules;
        }
        foreach (var (codeNode, levelNode) in mapping.Children)
        {
            var line = (int)codeNode.Start.Line;
            var code = (codeNode as YamlScalarNode)?.Value?.Trim() ?? "";
            var value = (levelNode as YamlScalarNode)?.Value?.Trim() ?? "";
            if (!FindingCodes.SopRules.Contains(code))
            {
                var closest = FindingCodes.SopRules.OrderBy(r => Text.EditDistance(r, code)).First();
                findings.Add(SettingsFile.Warning(path, line, FindingCodes.SettingsInvalidValue,
                    $"lint 里的“{code}”不是可以设置的规则，已忽略这一项",
                    $"是不是“{closest}”？可设置的规则：{string.Join("、", FindingCodes.SopRules)}"));
                continue;
            }
            if (!Levels.TryGetValue(value, out var level))
            {
                findings.Add(SettingsFile.Warning(path, line, FindingCodes.SettingsInvalidValue,
                    $"lint 里“{code}”的级别“{value}”无法识别，已按警告处理",
                    $"写成 `{code}: off`（关闭）、`{code}: warning`（警告）或 `{code}: error`（错误，lint 退出码 1）"));
                continue;
            }
            rules = rules.With(code, level);
        }
        return rules;
    }
}
