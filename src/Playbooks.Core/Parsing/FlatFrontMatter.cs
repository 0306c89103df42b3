using YamlDotNet.RepresentationModel;

namespace Playbooks.Core.Parsing;

/// <summary>
/// Reads the flat front matter almost every playbook has (<c>playbooks new</c> writes it): one <c>key: value</c> per line,
/// the value a plain word or sentence or a one-line list <c>[a, b]</c>. Anything else, including every input YAML would
/// reject, is left to YamlDotNet (<see cref="TryRead"/> returns null), so the entries are the ones YamlDotNet would give
/// and the errors are YamlDotNet's; <c>FlatFrontMatterTests</c> compares the two on every file of the test corpora and on
/// random text.
/// </summary>
/// <remarks>
/// Hand-written on purpose: YamlDotNet's scanner, parser and representation model cost about 18 KB of objects per
/// front matter (its scanner alone allocates 5 KB before reading a character), more than a third of what parsing a
/// playbook allocated, and an index build parses every file. The accepted subset is kept narrow enough to be read
/// at a glance: every character that YAML gives a meaning to in a plain value sends the whole block to YamlDotNet.
/// </remarks>
internal static class FlatFrontMatter
{
    /// <summary>Longest key read here (the known keys are at most 8 letters).</summary>
    private const int MaxKeyLength = 16;

    /// <summary>
    /// The entries of <paramref name="yaml"/> (whose first line is line <paramref name="firstLine"/> of the file), or null
    /// when it is not flat front matter. The value nodes carry no positions (the entries do); only <see cref="FieldReader"/>
    /// reads them, and it reads a node's position only for a list item that is not a word, which this never accepts.
    /// </summary>
    public static Dictionary<string, FrontMatter.Entry>? TryRead(ReadOnlySpan<char> yaml, int firstLine)
    {
        var entries = new Dictionary<string, FrontMatter.Entry>(StringComparer.Ordinal);
        var rest = yaml;
        for (var line = firstLine; ; line++)
        {
            var end = rest.IndexOf('\n');
            var text = end < 0 ? rest : rest[..end];
            if (ReadLine(text, line) is not { } entry || !entries.TryAdd(entry.Key, entry))
                return null; // not flat, or a key written twice (YamlDotNet's error says where)
            if (end < 0)
                return entries;
            rest = rest[(end + 1)..];
        }
    }

    private static FrontMatter.Entry? ReadLine(ReadOnlySpan<char> line, int lineNumber)
    {
        // key: lower-case ASCII letters at the start of the line, then ": " and the value.
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon > MaxKeyLength || !IsKey(line[..colon]) || line.Length < colon + 3 || line[colon + 1] != ' ')
            return null;
        var valueStart = colon + 2;
        var value = line[valueStart..].TrimEnd(' ');
        if (value.IsEmpty || !IsPlain(value[0]))
            return value.Length >= 2 && value[0] == '[' && value[^1] == ']' && FlowList(value[1..^1]) is { } list
                ? new FrontMatter.Entry(line[..colon].ToString(), list, lineNumber, lineNumber, valueStart + 1)
                : null;
        foreach (var c in value)
            if (!IsPlainInside(c))
                return null;
        return new FrontMatter.Entry(line[..colon].ToString(), new YamlScalarNode(value.ToString()), lineNumber, lineNumber, valueStart + 1);
    }

    /// <summary>The items of a one-line list, each a word YAML reads as written; null for anything else (an empty item too).</summary>
    private static YamlSequenceNode? FlowList(ReadOnlySpan<char> inside)
    {
        var items = new List<YamlNode>();
        while (true)
        {
            var comma = inside.IndexOf(',');
            var item = (comma < 0 ? inside : inside[..comma]).Trim(' ');
            if (item.IsEmpty || !IsPlain(item[0]))
                return null;
            foreach (var c in item)
                if (!IsPlainInside(c) || c is '[' or ']' or '{' or '}' or '"' or '\'')
                    return null;
            items.Add(new YamlScalarNode(item.ToString()));
            if (comma < 0)
                return new YamlSequenceNode(items);
            inside = inside[(comma + 1)..];
        }
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
            if (c is < 'a' or > 'z')
                return false;
        return true;
    }

    /// <summary>A character a plain value may start with: not a space, and none of YAML's indicators.</summary>
    private static bool IsPlain(char c) =>
        IsPlainInside(c) && c is not (' ' or '-' or '?' or ',' or '[' or ']' or '{' or '}' or '&' or '*' or '!' or '|' or '>'
            or '\'' or '"' or '%' or '@' or '`');

    /// <summary>
    /// A character a plain value may hold anywhere: printable for YAML (no control character, BOM, surrogate or Unicode
    /// line break), and none of ':' (a mapping inside the value), '#' (a comment) or a tab.
    /// </summary>
    private static bool IsPlainInside(char c) =>
        c is >= ' ' and <= '~' and not (':' or '#')
        || c is >= '\u00A0' and <= '\uD7FF' and not ('\u2028' or '\u2029')
        || c is >= '\uE000' and <= '\uFFFD' and not '\uFEFF';
}
