using System.Text;
using System.Text.RegularExpressions;
using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.Specs;

/// <summary>
/// What an example says parsing must give, read from the lines after its <c>.</c> separator.
/// Both the expectation and the actual result are rendered back into that same notation, so a failing
/// example shows as a line-by-line diff of two texts a spec author can read.
/// </summary>
/// <remarks>
/// Grammar (one item a line; blank lines are ignored):
/// <code>
/// 背景 @9 【社群背景】          a section: canonical name, line of its heading, heading as written
/// > text                       a line of the section (or step) above; "&gt;" alone is an empty line
/// 步骤 text                    a handling step, in order
/// 无章节 / 无步骤               assert that there are none
/// tags: [刷屏, 广告]           a front-matter field as the parser read it ("无" for no value)
/// 错误 code 3:7 message         a finding; append " — fix" to assert the fix too
/// </code>
/// Sections, steps and fields are checked only when the example mentions them; findings are always checked,
/// so an example that lists none must parse without any.
/// </remarks>
public sealed partial class SpecExpectation
{
    private readonly List<(string Field, string Value)> _fields = [];
    private readonly List<Block> _sections = [];
    private readonly List<Block> _steps = [];
    private readonly List<(string Line, bool WithFix)> _findings = [];
    private bool _checkSections;
    private bool _checkSteps;

    private sealed record Block(string Header, List<string> Text);

    public static SpecExpectation Parse(SpecExample example)
    {
        var expectation = new SpecExpectation();
        Block? current = null;
        foreach (var line in example.Expected)
        {
            if (line.Trim().Length == 0)
                continue;
            if (line == ">" || line.StartsWith("> ", StringComparison.Ordinal))
            {
                if (current is null)
                    throw new InvalidDataException($"{example}: a \">\" line must follow a section or a step: {line}");
                current.Text.Add(line.Length > 2 ? line[2..] : "");
                continue;
            }
            current = null;
            if (SectionLine().Match(line) is { Success: true } section)
            {
                current = new Block($"{section.Groups["name"].Value} @{section.Groups["line"].Value} {section.Groups["heading"].Value}", []);
                expectation._sections.Add(current);
                expectation._checkSections = true;
            }
            else if (line.StartsWith("步骤 ", StringComparison.Ordinal))
            {
                current = new Block(line, []);
                expectation._steps.Add(current);
                expectation._checkSteps = true;
            }
            else if (line == "无章节")
                expectation._checkSections = true;
            else if (line == "无步骤")
                expectation._checkSteps = true;
            else if (FindingLine().IsMatch(line))
                expectation._findings.Add((line, line.Contains(" — ", StringComparison.Ordinal)));
            else if (FieldLine().Match(line) is { Success: true } field)
                expectation._fields.Add((field.Groups["field"].Value, field.Groups["value"].Value.Trim()));
            else
                throw new InvalidDataException($"{example}: cannot read expectation line \"{line}\" (see Specs/README.md)");
        }
        return expectation;
    }

    /// <summary>The expectation in canonical order: fields, sections, steps, findings.</summary>
    public string Render() => Render(
        _fields.Select(f => $"{f.Field}: {f.Value}"),
        _sections, _steps, _findings.Select(f => f.Line));

    /// <summary>The same items read from <paramref name="result"/>: only those kinds of item this expectation checks.</summary>
    public string RenderActual(ParsedFile result)
    {
        var playbook = result.Playbook;
        var fields = _fields.Select(f => $"{f.Field}: {FieldValue(playbook, f.Field)}");
        var sections = _checkSections
            ? (playbook?.Sections ?? []).Select(s => new Block($"{s.Kind.ChineseName()} @{s.Line} {s.Heading}", TextLines(s.Markdown))).ToList()
            : [];
        var steps = _checkSteps
            ? (playbook?.HandlingSteps ?? []).Select(s => TextLines(s)).Select(l => new Block("步骤 " + l[0], l.Skip(1).ToList())).ToList()
            : [];
        var findings = result.Findings.Select((f, i) => FindingText(f, i < _findings.Count && _findings[i].WithFix));
        return Render(fields, sections, steps, findings);
    }

    private static string Render(IEnumerable<string> fields, IEnumerable<Block> sections, IEnumerable<Block> steps, IEnumerable<string> findings)
    {
        var text = new StringBuilder();
        foreach (var field in fields)
            text.Append(field).Append('\n');
        foreach (var block in sections.Concat(steps))
        {
            text.Append(block.Header).Append('\n');
            foreach (var line in block.Text)
                text.Append(line.Length == 0 ? ">" : "> " + line).Append('\n');
        }
        foreach (var finding in findings)
            text.Append(finding).Append('\n');
        return text.ToString();
    }

    private static List<string> TextLines(string markdown) => markdown.Length == 0 ? [] : markdown.Split('\n').ToList();

    private static string FindingText(Finding f, bool withFix) =>
        $"{f.LevelName} {f.Code} {f.Line}:{f.Column} {f.Message}" + (withFix ? $" — {f.Fix}" : "");

    private static string FieldValue(Playbook? p, string field)
    {
        if (p is null)
            return "无";
        var value = field switch
        {
            "id" => p.Id,
            "title" => p.Title,
            "category" => p.Category,
            "tags" => "[" + string.Join(", ", p.Tags) + "]",
            "severity" => p.Severity?.ChineseName(),
            "owner" => p.Owner,
            "updated" => p.Updated?.ToString("yyyy-MM-dd"),
            "reviewed" => p.Reviewed?.ToString("yyyy-MM-dd"),
            "source" => p.Source,
            "draft" => p.Draft ? "true" : "false",
            "kind" => p.Kind == PlaybookKind.Guide ? "guide" : "playbook",
            "order" => p.Order?.ToString(),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        };
        return string.IsNullOrEmpty(value) ? "无" : value;
    }

    [GeneratedRegex(@"^(?<name>背景|风险源头|激化情况|处理方法|复盘反思) @(?<line>\d+) (?<heading>.+)$")]
    private static partial Regex SectionLine();

    [GeneratedRegex(@"^(错误|警告) [a-z0-9-]+ \d+:\d+ .+$")]
    private static partial Regex FindingLine();

    [GeneratedRegex(@"^(?<field>id|title|category|tags|severity|owner|updated|reviewed|source|draft|kind|order):(?<value>.*)$")]
    private static partial Regex FieldLine();
}
