using System.Globalization;
using System.Text.RegularExpressions;
using Playbooks.Core.Authoring;
using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Playbooks.Core.Parsing;

/// <summary>Turns front-matter entries into typed playbook fields, reporting each bad value where it stands.</summary>
/// <remarks>
/// Metadata problems are warnings and never hide a playbook: a missing or malformed id falls back to one made from the
/// file name, an unknown severity leaves the playbook unrated (its label kept for display), a bad date is left out.
/// </remarks>
internal sealed partial class FieldReader(string path, FrontMatter? frontMatter, List<Finding> findings, TimeProvider clock, SeverityScale scale)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d", "yyyy.MM.dd", "yyyy.M.d", "yyyy年M月d日"];

    public Playbook Read(FileName name)
    {
        var fileStem = name.Id;
        var repeated = new List<(FrontMatter.Entry Repeat, FrontMatter.Entry First)>();
        var fm = (frontMatter ?? FrontMatter.Empty).ByField(repeated);
        var yamlReadable = frontMatter is not null;

        foreach (var entry in fm.Entries.Where(e => FrontMatterKeys.FieldOf(e.Key) is null))
        {
            findings.Add(PlaybookParser.Warning(path, entry.KeyLine, 1, FindingCodes.UnknownKey, $"未知字段“{entry.Key}”",
                $"检查拼写（是不是“{FrontMatterKeys.Nearest(entry.Key)}”？）；可用字段见 playbooks/README.md"));
        }
        foreach (var (repeat, first) in repeated)
        {
            findings.Add(PlaybookParser.Warning(path, repeat.KeyLine, 1, FindingCodes.DuplicateKey,
                $"“{repeat.Key}”和第 {first.KeyLine} 行的“{first.Key}”是同一个字段，只用第 {first.KeyLine} 行的",
                $"删掉其中一行（“{first.Key}”“{repeat.Key}”都读作 {FrontMatterKeys.FieldOf(first.Key)}）"));
        }

        var kind = ReadKind(fm);
        var id = ReadString(fm, "id");
        var title = ReadString(fm, "title");
        var effectiveId = yamlReadable ? CheckId(fm, id, name) : PlaybookId.FromFileName(fileStem);
        if (yamlReadable && string.IsNullOrWhiteSpace(title))
            findings.Add(MissingWarning(fm, "title", FindingCodes.MissingTitle, "缺少 title（标题），暂用一级标题或文件名代替",
                "加一行 `title: 一句话说清是什么事故`"));

        var draft = ReadBool(fm, "draft");
        var severityLabel = ReadString(fm, "severity")?.Trim();
        var severity = ReadSeverity(fm, severityLabel);
        var updated = ReadDate(fm, "updated");
        var reviewed = ReadDate(fm, "reviewed");

        if (yamlReadable && kind == PlaybookKind.Playbook)
        {
            WarnIfMissing(fm, "category", "缺少 category（分类）", "加一行 `category: <你们团队的分类名>`，例如 `category: 社群运营`（见 playbooks/README.md）");
            WarnIfMissing(fm, "severity", "缺少 severity（严重程度）", $"加一行 `severity: 中`，可选 {Severities.AcceptedValues}");
            WarnIfMissing(fm, "owner", "缺少 owner（负责角色）", "加一行 `owner: 社群运营主管`");
            WarnIfMissing(fm, "updated", "缺少 updated（更新日期）", "加一行 `updated: 2026-01-31`");
        }

        var latest = updated is { } u && reviewed is { } r ? (u > r ? u : r) : updated ?? reviewed;
        if (latest is { } last && fm["updated"] is { } updatedEntry)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            if (last < today.AddDays(-PlaybookParser.OutdatedAfterDays))
                findings.Add(PlaybookParser.Warning(path, updatedEntry.ValueLine, updatedEntry.ValueColumn, FindingCodes.Outdated,
                    $"超过 {PlaybookParser.OutdatedAfterDays} 天未更新（最后更新 {last:yyyy-MM-dd}）",
                    "请负责人复核内容是否仍然适用，复核后更新 updated 或加上 reviewed 日期"));
        }

        return new Playbook
        {
            Id = effectiveId,
            Title = title?.Trim() ?? "",
            Category = ReadString(fm, "category")?.Trim() ?? "",
            Tags = ReadTags(fm),
            Severity = severity,
            SeverityLabel = string.IsNullOrEmpty(severityLabel) ? null : severityLabel,
            Owner = ReadString(fm, "owner")?.Trim() ?? "",
            Updated = updated,
            Reviewed = reviewed,
            Source = ReadString(fm, "source")?.Trim(),
            Draft = draft,
            Kind = kind,
            Order = ReadOrder(fm),
        };
    }

    /// <summary>Reports id problems and returns the id the playbook goes by: its own when valid, else one from the file name.</summary>
    private string CheckId(FrontMatter fm, string? id, FileName name)
    {
        var fileStem = name.Id;
        var fallback = PlaybookId.FromFileName(fileStem);
        if (string.IsNullOrWhiteSpace(id))
        {
            findings.Add(MissingWarning(fm, "id", FindingCodes.MissingId, $"缺少 id，暂用“{fallback}”",
                PlaybookId.Problem(fileStem) is null ? $"加一行 `id: {fileStem}`，与{name.Noun}一致"
                : $"加一行 `id: {PlaybookId.Suggest(fileStem, fileStem)}`（或另起一个小写英文 id），并{(name.IsFolder ? "把目录改成同名" : "把文件改成同名的 .md")}：{name.Noun}“{fileStem}”不能当 id"));
            return fallback;
        }
        var entry = fm["id"]!;
        id = id.Trim();
        if (!KebabCase().IsMatch(id))
        {
            findings.Add(PlaybookParser.Warning(path, entry.ValueLine, entry.ValueColumn, FindingCodes.InvalidId,
                $"id“{id}”不是小写短横线格式，暂用“{fallback}”", $"只用小写英文字母、数字和单个短横线，例如 `{PlaybookId.Suggest(id, fileStem)}`"));
            return fallback;
        }
        if (!string.Equals(id, fileStem, StringComparison.Ordinal))
        {
            findings.Add(PlaybookParser.Warning(path, entry.ValueLine, entry.ValueColumn, FindingCodes.IdMismatch,
                $"id“{id}”与{name.Quoted}不一致", PlaybookId.Problem(fileStem) is null ? $"{name.RenameTo(id)}，或把 id 改为 {fileStem}" : $"{name.RenameTo(id)}（{name.Noun}“{fileStem}”不能当 id）"));
        }
        return id;
    }

    /// <summary>Lower-case ASCII words joined by single hyphens: <c>refund-wave</c>, <c>bot-flood-2</c>.</summary>
    public static bool IsValidId(string id) => KebabCase().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    private PlaybookKind ReadKind(FrontMatter fm)
    {
        var value = ReadString(fm, "kind")?.Trim().ToLowerInvariant();
        switch (value)
        {
            case null or "" or "playbook" or "预案": return PlaybookKind.Playbook;
            case "guide" or "指南": return PlaybookKind.Guide;
            default:
                var entry = fm["kind"]!;
                findings.Add(PlaybookParser.Warning(path, entry.ValueLine, entry.ValueColumn, FindingCodes.UnknownKind,
                    $"未知的 kind“{value}”，按预案处理", "kind 只能是 playbook（默认，可省略）或 guide"));
                return PlaybookKind.Playbook;
        }
    }

    private Severity? ReadSeverity(FrontMatter fm, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (scale.TryParse(value, out var severity))
            return severity;
        var entry = fm["severity"]!;
        findings.Add(PlaybookParser.Warning(path, entry.ValueLine, entry.ValueColumn, FindingCodes.UnknownSeverity,
            $"未知的严重程度“{value}”，暂按“{Severities.Unrated}”显示、排在已定级的预案之后",
            $"改成 {Severities.AcceptedValues} 之一；团队自己的叫法可在 {Settings.SettingsFile.FileName} 里声明，如 `severity: {{ {value}: 高 }}`"));
        return null;
    }

    private DateOnly? ReadDate(FrontMatter fm, string key)
    {
        var value = ReadString(fm, key)?.Trim();
        if (string.IsNullOrEmpty(value))
            return null;
        var entry = fm[key]!;
        if (ParseDate(value) is { } date)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            if (date > today.AddDays(1))
                findings.Add(PlaybookParser.Warning(path, entry.ValueLine, entry.ValueColumn, FindingCodes.FutureDate,
                    $"{entry.Key} 日期 {date:yyyy-MM-dd} 在未来", "填写实际更新或复核的日期"));
            return date;
        }
        findings.Add(PlaybookParser.Warning(path, entry.ValueLine, entry.ValueColumn, FindingCodes.InvalidDate,
            $"{entry.Key} 不是有效日期：“{value}”，暂不显示", $"写成 YYYY-MM-DD，例如 `{entry.Key}: 2026-03-15`"));
        return null;
    }

    /// <summary>
    /// A day as teams write it (2026-11-19, 2026/11/19, 2026.11.19, 2026年11月19日), or the day of a full timestamp as
    /// site generators write it (`date: 2026-11-19T10:30:00+08:00`), taken as written without converting time zones:
    /// the author's calendar day is the one they mean.
    /// </summary>
    private static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : value.Length > 10 && char.IsAsciiDigit(value[0])
          && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp)
            ? DateOnly.FromDateTime(stamp.DateTime) : null;

    private bool ReadBool(FrontMatter fm, string key)
    {
        var value = ReadString(fm, key)?.Trim().ToLowerInvariant();
        switch (value)
        {
            case null or "": return false;
            case "true" or "yes" or "是": return true;
            case "false" or "no" or "否": return false;
            default:
                var entry = fm[key]!;
                findings.Add(PlaybookParser.Warning(path, entry.ValueLine, entry.ValueColumn, FindingCodes.InvalidFieldType,
                    $"{entry.Key} 应为 true 或 false，实际是“{value}”", $"写成 `{entry.Key}: true` 或 `{entry.Key}: false`"));
                return false;
        }
    }

    private int? ReadOrder(FrontMatter fm)
    {
        var value = ReadString(fm, "order")?.Trim();
        if (string.IsNullOrEmpty(value))
            return null;
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var order) && order >= 0)
            return order;
        var entry = fm["order"]!;
        findings.Add(PlaybookParser.Warning(path, entry.ValueLine, entry.ValueColumn, FindingCodes.InvalidFieldType,
            $"order 应为非负整数，实际是“{value}”", "写成 `order: 1`（数字越小越先读）"));
        return null;
    }

    private IReadOnlyList<string> ReadTags(FrontMatter fm)
    {
        var entry = fm["tags"];
        switch (entry?.Value)
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                var tags = new List<string>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { } tag } && !string.IsNullOrWhiteSpace(tag))
                        tags.Add(tag.Trim());
                    else if (item is not YamlScalarNode)
                        findings.Add(PlaybookParser.Warning(path, (int)item.Start.Line + entry.ValueLine - (int)entry.Value.Start.Line, (int)item.Start.Column,
                            FindingCodes.InvalidFieldType, "tags 的每一项应是一个词", "写成 `tags: [刷屏, 广告]`"));
                }
                return tags.Distinct().ToList();
            case YamlScalarNode { Value: { } text }:
                // Accept "刷屏， 广告，引流" and "刷屏 广告 引流" too: leads often write tags as one line.
                return TagText.Split(text);
            default:
                findings.Add(PlaybookParser.Warning(path, entry.ValueLine, entry.ValueColumn, FindingCodes.InvalidFieldType,
                    "tags 应为词语列表", "写成 `tags: [刷屏, 广告]`"));
                return [];
        }
    }

    private string? ReadString(FrontMatter fm, string key)
    {
        var entry = fm[key];
        switch (entry?.Value)
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return scalar.Value;
            default:
                findings.Add(PlaybookParser.Warning(path, entry.ValueLine, entry.ValueColumn, FindingCodes.InvalidFieldType,
                    $"{entry.Key} 应为单个值，不能是列表或嵌套结构", $"写成 `{entry.Key}: 值`"));
                return null;
        }
    }

    private void WarnIfMissing(FrontMatter fm, string key, string message, string fix)
    {
        if (string.IsNullOrWhiteSpace(ReadStringQuiet(fm, key)))
            findings.Add(PlaybookParser.Warning(path, fm[key]?.KeyLine ?? 1, 1, FindingCodes.MissingField, message, fix));
    }

    private static string? ReadStringQuiet(FrontMatter fm, string key) => (fm[key]?.Value as YamlScalarNode)?.Value;

    private Finding MissingWarning(FrontMatter fm, string key, string code, string message, string fix) =>
        PlaybookParser.Warning(path, fm[key]?.KeyLine ?? 1, 1, code, message, fix);
}
