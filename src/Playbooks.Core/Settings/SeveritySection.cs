using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;
using YamlDotNet.RepresentationModel;

namespace Playbooks.Core.Settings;

/// <summary>
/// The <c>severity:</c> section of <c>playbooks.yml</c>: the team's own labels, each mapped onto the canonical scale,
/// e.g. <c>severity: { 天塌了: 严重, 很急: 高, 一般: 低 }</c>. A value may be any label the built-in scales know
/// (<c>critical</c>, <c>P1</c> …). Bad entries are reported and skipped; the rest apply.
/// </summary>
internal static class SeveritySection
{
    public const string Key = "severity";

    private const string Example = "写成 `severity: { 天塌了: 严重, 很急: 高, 一般: 低 }`";

    public static SeverityScale Read(string path, FrontMatter.Entry entry, List<Finding> findings)
    {
        if (entry.Value is not YamlMappingNode mapping)
        {
            findings.Add(SettingsFile.Warning(path, entry.ValueLine, FindingCodes.SettingsInvalidValue,
                "severity 应是“团队的写法: 严重程度”的映射，已忽略这一节", Example));
            return SeverityScale.Builtin;
        }

        var labels = new List<KeyValuePair<string, Severity>>();
        foreach (var (labelNode, valueNode) in mapping.Children)
        {
            // The entry's line is the file's line; YamlDotNet's marks inside the section are relative to the same text.
            var line = (int)labelNode.Start.Line;
            var label = (labelNode as YamlScalarNode)?.Value?.Trim();
            var value = (valueNode as YamlScalarNode)?.Value?.Trim();
            if (string.IsNullOrEmpty(label))
            {
                findings.Add(SettingsFile.Warning(path, line, FindingCodes.SettingsInvalidValue, "severity 里有一项没有写团队的叫法，已忽略", Example));
                continue;
            }
            if (!SeverityScale.Builtin.TryParse(value, out var severity))
            {
                findings.Add(SettingsFile.Warning(path, line, FindingCodes.SettingsInvalidValue,
                    $"severity 里“{label}”对应的“{value}”不是已知的严重程度，已忽略这一项",
                    $"写成 `{label}: 严重`（或 高 / 中 / 低）"));
                continue;
            }
            labels.Add(new(label, severity));
        }
        return SeverityScale.Builtin.With(labels);
    }
}
