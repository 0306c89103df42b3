using Playbooks.Core.Diagnostics;

namespace Playbooks.Cli.Output;

/// <summary>
/// Caps what lint's text output shows of one rule in one file. A file of nothing but headings has one finding per line
/// (a 1 MiB one: 70 000 warnings), which buries every other file's findings and scrolls for minutes; after
/// <see cref="PerFileAndRule"/> of a kind the rest of that kind is one line saying how many more there are.
/// <c>--json</c> and the closing counts keep every finding.
/// </summary>
internal static class RepeatedFindings
{
    /// <summary>Findings of one rule shown per file: enough to see the pattern, short enough to see the next file.</summary>
    public const int PerFileAndRule = 20;

    /// <summary>One line of output: a finding, or the summary that stands for <paramref name="Hidden"/> more of its kind.</summary>
    public sealed record Line(Finding Finding, int Hidden);

    /// <summary>
    /// <paramref name="findings"/> in their order, each kind (file and rule) cut after <see cref="PerFileAndRule"/>;
    /// the last one shown of a cut kind carries the number left out, so its summary follows it directly.
    /// </summary>
    public static IEnumerable<Line> Cap(IReadOnlyList<Finding> findings)
    {
        var total = findings.CountBy(Kind).ToDictionary(k => k.Key, k => k.Value);
        var shown = new Dictionary<(string, string), int>();
        foreach (var finding in findings)
        {
            var kind = Kind(finding);
            var n = shown[kind] = shown.GetValueOrDefault(kind) + 1;
            if (n < PerFileAndRule)
                yield return new Line(finding, 0);
            else if (n == PerFileAndRule)
                yield return new Line(finding, total[kind] - PerFileAndRule);
        }
    }

    /// <summary>The summary line: where, what kind, how many more, and how to see them all.</summary>
    public static string Summary(Finding last, int hidden) =>
        $"{last.Path}: {last.LevelName}: ……另有 {hidden} 处同类问题（{last.Code}），运行 playbooks lint --json 可列出全部";

    private static (string, string) Kind(Finding finding) => (finding.Path, finding.Code);
}
