namespace Playbooks.Core.Settings;

/// <summary>
/// Takes the second occurrence of a repeated key out of <c>playbooks.yml</c>, so the rest of the file still applies.
/// </summary>
/// <remarks>
/// YAML forbids a key twice in one mapping, and YamlDotNet's representation model rejects the whole document for it.
/// Settings promise that one bad entry never costs the others (a team's severity scale must not vanish because a
/// lint rule was pasted twice), so the repeated entry is cut out of the text and the file read again. Written by hand
/// because YamlDotNet offers no "first key wins" mode for YamlStream; only a block-style entry that starts its line
/// is cut (its line and every deeper-indented line under it); a repeat inside a one-line <c>{ … }</c> is left to the
/// caller's whole-file fallback, where cutting the line would cut the section holding it.
/// </remarks>
public static class RepeatedKeyRemoval
{
    /// <summary>
    /// <paramref name="text"/> without the entry whose key starts at <paramref name="line"/> (1-based) and
    /// <paramref name="column"/> (1-based), and how many lines it covered; null when the key is not the first thing
    /// on its line.
    /// </summary>
    public static (string Text, int Lines)? Remove(string text, int line, int column)
    {
        var lines = text.Split('\n');
        var index = line - 1;
        if (index < 0 || index >= lines.Length)
            return null;
        var indent = Indent(lines[index]);
        if (indent != column - 1 || indent == lines[index].Length)
            return null;
        var end = index + 1;
        while (end < lines.Length && (IsBlankOrComment(lines[end]) || Indent(lines[end]) > indent))
            end++;
        // Trailing blank or comment lines belong to whatever follows, not to the removed entry.
        while (end > index + 1 && IsBlankOrComment(lines[end - 1]))
            end--;
        var kept = lines.Take(index).Concat(Enumerable.Repeat("", end - index)).Concat(lines.Skip(end));
        // Blank lines stand in for the removed ones, so every later finding keeps the line number the user sees.
        return (string.Join('\n', kept), end - index);
    }

    private static int Indent(string line)
    {
        var n = 0;
        while (n < line.Length && line[n] == ' ')
            n++;
        return n;
    }

    private static bool IsBlankOrComment(string line)
    {
        var trimmed = line.TrimStart(' ');
        return trimmed.Length == 0 || trimmed[0] == '#';
    }
}
