using System.Text;
using Playbooks.Tests.Shared;

namespace Playbooks.Benchmarks.Parsing;

/// <summary>
/// Playbook files of a chosen size whose last section is filled with one repeated pattern: ordinary Chinese text, or
/// inputs that make naive Markdown parsers (and naive code around them) quadratic: unclosed link openers, brackets,
/// emphasis runs, angle brackets, backtick runs of varying length, table rows, one very long line, repeated headings.
/// </summary>
internal static class PathologicalInputs
{
    /// <summary>Pattern name → the text repeated to fill the file.</summary>
    public static IReadOnlyDictionary<string, string> Patterns { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["normal text"] = "群里突然涌进大量新号，十分钟内发了二十多条广告，管理员正在逐个移出。\n\n- 先开启进群确认，再批量移出可疑账号。\n",
        ["[a]( unclosed links"] = "[a](",
        ["[ brackets"] = "[",
        ["![a]( images"] = "![a](",
        ["* emphasis"] = "*a",
        ["**_ mixed emphasis"] = "**a_",
        ["< angle brackets"] = "<a",
        ["` backtick runs"] = "`a``b```c",
        ["| table rows"] = "|a|b|\n",
        ["[a][b] undefined refs"] = "[a][b]",
        ["long line"] = "群里突然涌进大量新号发广告",
        // Every Chinese heading's anchor id is "section" under Markdig's ASCII-only ids, so repeats are numbered.
        ["## repeated part headings"] = "## 背景\nx\n## 原因\ny\n",
        ["### repeated sub-headings"] = "### 第一步\n先移出广告号。\n",
    };

    private const string Header = HostileInputs.ValidPlaybook;

    /// <summary>A playbook of about <paramref name="bytes"/> UTF-8 bytes (never more) ending with <paramref name="pattern"/> repeated.</summary>
    public static string Build(string pattern, int bytes)
    {
        var text = new StringBuilder(Header);
        // A table needs its header and delimiter row first, or the rows are plain paragraphs.
        if (pattern.StartsWith('|'))
            text.Append("|x|y|\n|-|-|\n");
        var size = Encoding.UTF8.GetByteCount(text.ToString());
        var step = Encoding.UTF8.GetByteCount(pattern);
        while (size + step <= bytes)
        {
            text.Append(pattern);
            size += step;
        }
        return text.ToString();
    }
}
