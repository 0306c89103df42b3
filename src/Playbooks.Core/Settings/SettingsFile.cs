using System.Security.Cryptography;
using Playbooks.Core.Diagnostics;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Settings;

/// <summary>
/// Reads <c>playbooks.yml</c> at a knowledge base's root. Each top-level key is one section with its own reader
/// (<see cref="SeveritySection"/>, <see cref="LintSection"/>); unknown keys are reported, not fatal. Nothing here throws for the
/// file's content: every problem becomes a <see cref="Finding"/> and the affected section keeps its default.
/// </summary>
public static class SettingsFile
{
    public const string FileName = "playbooks.yml";

    /// <summary>Section names, for the "unknown key" hint.</summary>
    private static readonly string[] Sections = [SeveritySection.Key, LintSection.Key];

    /// <summary>Repeated keys taken out one by one before the file counts as unreadable (each pass parses it again).</summary>
    private const int MaxRepeatedKeys = 50;

    /// <param name="root">The knowledge base folder.</param>
    /// <param name="displayRoot">The folder as the user gave it, for the paths in findings; <paramref name="root"/> when null.</param>
    public static KnowledgeBaseSettings Load(string root, string? displayRoot = null)
    {
        var file = Path.Combine(root, FileName);
        var path = Path.Combine(displayRoot ?? root, FileName).Replace('\\', '/');
        if (!Path.Exists(file) && new FileInfo(file).LinkTarget is null)
            return KnowledgeBaseSettings.Default;
        // Read as playbooks are: a regular file only and a bounded number of bytes, so a pipe or a link to /dev/zero
        // named playbooks.yml cannot hang or exhaust every command.
        var read = PlaybookFileReader.Read(file, path);
        if (read.Problem is { } problem)
            return Ignored(path, 0, "", $"{problem.Message}，已按默认设置运行", problem.Fix);
        if (read.Bytes!.Length > SourceText.MaxBytes)
            return Ignored(path, 0, "", $"{FileName} 超过 1 MiB，已按默认设置运行", "团队设置只需几行，删去多余的内容");
        var bytes = read.Bytes;
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var decoded = SourceText.Decode(bytes);
        if (decoded.Text is null)
            return Ignored(path, decoded.InvalidLine, fingerprint, $"{FileName} 不是 UTF-8 编码，已按默认设置运行", "用 UTF-8 重新保存");
        return Parse(path, SourceText.NormalizeNewlines(decoded.Text).TrimStart('\uFEFF'), fingerprint);
    }

    /// <summary>Reads already-decoded text; <paramref name="path"/> is what findings name.</summary>
    public static KnowledgeBaseSettings Parse(string path, string text, string fingerprint = "")
    {
        var findings = new List<Finding>();
        FrontMatter yaml;
        while (true)
        {
            try
            {
                yaml = FrontMatter.Parse(text, 1);
                break;
            }
            catch (FrontMatterException ex) when (ex.DuplicateKey is not null && findings.Count < MaxRepeatedKeys
                && RepeatedKeyRemoval.Remove(text, ex.Line, ex.Column) is { } cut)
            {
                // One repeated key costs only its second entry, not the team's whole settings.
                findings.Add(Warning(path, ex.Line, FindingCodes.SettingsRepeatedKey,
                    $"{FileName} 里{ex.Message}，已忽略第 {ex.Line} 行起的这一处（{cut.Lines} 行），按第一处的设置运行",
                    $"同一个键只能写一次：把两处“{ex.DuplicateKey}”下的内容合并到一处，删掉另一处"));
                text = cut.Text;
            }
            catch (FrontMatterException ex)
            {
                var what = ex.NotMapping ? "不是“键: 值”形式的设置" : ex.Message;
                return Ignored(path, ex.Line, fingerprint, $"{FileName} 无法读取（{what}），已按默认设置运行",
                    ex.DuplicateKey is { } key
                        ? $"同一个键只能写一次：把两处“{key}”合并成一处；格式和示例见 playbooks/README.md 的“团队设置”"
                        : "检查这一行的缩进和冒号；格式和示例见 playbooks/README.md 的“团队设置”");
            }
        }

        var settings = KnowledgeBaseSettings.Default;
        foreach (var entry in yaml.Entries)
        {
            switch (entry.Key)
            {
                case SeveritySection.Key:
                    settings = settings with { Severity = SeveritySection.Read(path, entry, findings) };
                    break;
                case LintSection.Key:
                    settings = settings with { Lint = LintSection.Read(path, entry, findings) };
                    break;
                default:
                    var closest = Sections.OrderBy(s => Text.EditDistance(s, entry.Key)).First();
                    findings.Add(Warning(path, entry.KeyLine, FindingCodes.SettingsUnknownKey, $"{FileName} 里有未知的设置“{entry.Key}”，已忽略",
                        $"检查拼写（是不是“{closest}”？）；可用的设置见 playbooks/README.md 的“团队设置”"));
                    break;
            }
        }
        return settings with { Findings = findings, Fingerprint = fingerprint };
    }

    internal static Finding Warning(string path, int line, string code, string message, string fix) =>
        new(path, line, line > 0 ? 1 : 0, FindingLevel.Warning, code, message, fix);

    private static KnowledgeBaseSettings Ignored(string path, int line, string fingerprint, string message, string fix) =>
        KnowledgeBaseSettings.Default with { Findings = [Warning(path, line, FindingCodes.SettingsUnreadable, message, fix)], Fingerprint = fingerprint };
}
