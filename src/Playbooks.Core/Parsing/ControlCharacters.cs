using System.Buffers;
using System.Globalization;
using Playbooks.Core.Diagnostics;

namespace Playbooks.Core.Parsing;

/// <summary>
/// Characters that have no business in a playbook and can do harm when it is shown: C0 controls other than tab and
/// newline (ESC starts terminal escape sequences: a title could retitle the operator's terminal window or hide text),
/// DEL, C1 controls (U+009B is a one-character CSI), and the bidirectional embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069) that make text read differently from what it is ("Trojan Source").
/// Lint reports them, <c>new</c> and <c>import</c> refuse them, and the CLI neutralises them in terminal output.
/// </summary>
public static class ControlCharacters
{
    /// <summary>After this many lines with findings a file's remaining ones are not listed (one is enough to fix the file).</summary>
    private const int MaxFindingsPerFile = 20;

    public static bool IsForbidden(char c) =>
        c < ' ' && c is not ('\t' or '\n' or '\r')
        || c is >= '\u007F' and <= '\u009F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    public static bool Contains(string text) => IndexOf(text) >= 0;

    /// <summary>Where the first character <see cref="IsForbidden"/> refuses is, or -1.</summary>
    public static int IndexOf(string text)
    {
        // Every file is checked whole when parsed, and almost none holds one, so each kind is searched many characters
        // at a time: the ASCII ones as a set, the others as the three ranges they are, each only before the first hit
        // so far. One set of all of them would be a probabilistic one (it mixes ASCII and other characters), which the
        // native front door's ahead-of-time code ran ~30 times slower than these four searches (3 % of a first build's
        // CPU; tests/Playbooks.Benchmarks/PERFORMANCE.md, aot15).
        var searched = text.AsSpan();
        var first = searched.IndexOfAny(ForbiddenAscii);
        if (first >= 0)
            searched = searched[..first];
        first = Earlier(ref searched, first, searched.IndexOfAnyInRange('\u0080', '\u009F'));
        first = Earlier(ref searched, first, searched.IndexOfAnyInRange('\u202A', '\u202E'));
        return Earlier(ref searched, first, searched.IndexOfAnyInRange('\u2066', '\u2069'));
    }

    // A hit found in the part before the first hit so far is the new first hit; the next search stops there.
    private static int Earlier(ref ReadOnlySpan<char> searched, int first, int found)
    {
        if (found < 0)
            return first;
        searched = searched[..found];
        return found;
    }

    // The ASCII characters IsForbidden refuses: C0 controls other than tab, newline and carriage return, and DEL.
    private static readonly SearchValues<char> ForbiddenAscii = SearchValues.Create(
        [.. Enumerable.Range(0, 0x80).Select(c => (char)c).Where(IsForbidden)]);

    /// <summary>How a forbidden character is named to users, e.g. <c>U+001B</c>.</summary>
    public static string Name(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>
    /// The text with every forbidden character replaced by its visible escape (<c>\u001b</c>), so terminal output
    /// shows that something is there without executing it.
    /// </summary>
    public static string Neutralize(string text)
    {
        if (IndexOf(text) < 0)
            return text;
        var builder = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
            if (IsForbidden(c))
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else
                builder.Append(c);
        return builder.ToString();
    }

    /// <summary>Refuses a value the user typed (a flag or an answer) that holds a forbidden character.</summary>
    /// <param name="field">How the user gave it, e.g. <c>--title</c>.</param>
    /// <exception cref="PlaybooksException">Code <c>control-character</c>.</exception>
    public static void Reject(string? value, string field)
    {
        if (value is null || IndexOf(value) is not (>= 0 and var at))
            return;
        throw new PlaybooksException($"{field} 含有控制字符 {Name(value[at])}（不可见，会改变终端显示或文字方向）",
            "重新输入，不要粘贴带格式或转义序列的文字", field, ErrorKind.ControlCharacter);
    }

    /// <summary>Refuses a text to import that holds a forbidden character, naming its line.</summary>
    /// <exception cref="PlaybooksException">Code <c>control-character</c>, located at <c>source:line</c>.</exception>
    public static void RejectInText(string text, string sourceName)
    {
        if (IndexOf(text) is not (>= 0 and var at))
            return;
        var line = 1 + text.AsSpan(0, at).Count('\n');
        throw new PlaybooksException($"第 {line} 行含有控制字符 {Name(text[at])}（不可见，会改变终端显示或文字方向）",
            "删除这个字符后再导入：它通常是从网页或其他软件复制时带进来的", $"{sourceName}:{line}", ErrorKind.ControlCharacter);
    }

    /// <summary>One error per line that holds a forbidden character (text with <c>\n</c> line endings).</summary>
    internal static void Check(string path, string text, List<Finding> findings)
    {
        if (IndexOf(text) < 0)
            return;
        var reported = 0;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length && reported < MaxFindingsPerFile; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
                continue;
            }
            if (!IsForbidden(c))
                continue;
            findings.Add(PlaybookParser.Error(path, line, i - lineStart + 1, FindingCodes.ControlCharacter,
                $"含有控制字符 {Name(c)}（不可见，可能改变终端显示或文字方向）",
                "删除这个字符：它通常是从别处复制带进来的；在编辑器里开启“显示不可见字符”可以看到它"));
            reported++;
            // The rest of this line is covered by the same fix.
            var next = text.IndexOf('\n', i);
            if (next < 0)
                break;
            i = next - 1;
        }
    }
}
