using YamlDotNet.RepresentationModel;

namespace Playbooks.Core.Parsing;

/// <summary>
/// The YAML front matter of one file as a key → node map, with each node's position in the file.
/// </summary>
public sealed class FrontMatter
{
    private readonly Dictionary<string, Entry> _entries;

    private FrontMatter(Dictionary<string, Entry> entries) => _entries = entries;

    public static FrontMatter Empty { get; } = new(new Dictionary<string, Entry>());

    /// <summary>A key's value node and its 1-based position in the file.</summary>
    public sealed record Entry(string Key, YamlNode Value, int KeyLine, int ValueLine, int ValueColumn);

    public IEnumerable<Entry> Entries => _entries.Values.OrderBy(e => e.KeyLine);

    public Entry? this[string key] => _entries.GetValueOrDefault(key);

    /// <summary>
    /// This front matter with each entry under the playbook field it names (<see cref="FrontMatterKeys.FieldOf"/>:
    /// `Tags:` and `标签:` both under tags), entries no field goes by under their own key. An entry naming a field an
    /// earlier line already set goes to <paramref name="repeated"/> with that line's entry, and is not used.
    /// </summary>
    internal FrontMatter ByField(List<(Entry Repeat, Entry First)> repeated)
    {
        var byField = new Dictionary<string, Entry>(_entries.Count, StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            var key = FrontMatterKeys.FieldOf(entry.Key) ?? entry.Key;
            if (byField.TryGetValue(key, out var first))
                repeated.Add((entry, first));
            else
                byField[key] = entry;
        }
        return new FrontMatter(byField);
    }

    /// <summary>
    /// <see cref="Parse"/> for a playbook's front matter, which only <see cref="FieldReader"/> reads: flat front matter is
    /// read by <see cref="FlatFrontMatter"/> (its value nodes carry no positions), anything else by YamlDotNet.
    /// </summary>
    internal static FrontMatter ParseFields(ReadOnlySpan<char> yaml, int firstLine) =>
        FlatFrontMatter.TryRead(yaml, firstLine) is { } entries ? new FrontMatter(entries) : Parse(yaml.ToString(), firstLine);

    /// <summary>
    /// Parses <paramref name="yaml"/>, whose first line is line <paramref name="firstLine"/> of the file.
    /// Throws <see cref="FrontMatterException"/> for YAML syntax errors and non-mapping documents,
    /// with positions already translated to file lines.
    /// </summary>
    public static FrontMatter Parse(string yaml, int firstLine)
    {
        var stream = new YamlStream();
        var parser = new YamlDotNet.Core.Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlDotNet.Core.YamlException ex) when (DuplicateKeyOf(ex) is { } key)
        {
            var line = (int)ex.Start.Line + firstLine - 1;
            var first = FirstKeyLine(yaml, key) is { } index ? $"（第 {index + firstLine} 行已有）" : "";
            throw new FrontMatterException($"字段“{key}”重复出现{first}", line, (int)ex.Start.Column, duplicateKey: key);
        }
        catch (YamlDotNet.Core.YamlException ex) when (ex.Message.Contains("tab character", StringComparison.Ordinal))
        {
            // YamlDotNet starts this error at the scalar before the tab; the tab itself is where the error ends.
            throw new FrontMatterException("这一行用了 Tab 缩进，YAML 只能用空格缩进",
                (int)ex.End.Line + firstLine - 1,
                (int)ex.End.Column);
        }
        catch (YamlDotNet.Core.YamlException) when (TabIndentedLine(yaml) is { } tabLine)
        {
            // A tab under a key (`severity:` then `<Tab>很急: 高`) fails with a message about mappings, placed on the
            // document's first line, not the tab's. Block YAML never allows a tab in indentation, so a tab-indented
            // line is the mistake to name.
            throw new FrontMatterException("这一行用了 Tab 缩进，YAML 只能用空格缩进", tabLine + firstLine - 1, 1);
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new FrontMatterException(
                Describe(ex),
                (int)ex.Start.Line + firstLine - 1,
                (int)ex.Start.Column);
        }
        catch (Exception ex) when (ex is InvalidOperationException || ex.GetType() == typeof(Exception))
        {
            // YamlDotNet's scanner throws these instead of a YamlException for some malformed input, such as a
            // flow list left open before the next key (`tags: [a, b` then `severity: 中`; aaubry/YamlDotNet#541).
            // The last event it did parse is the best position we have: the list's first item in that case.
            var mark = parser.Current?.Start ?? YamlDotNet.Core.Mark.Empty;
            throw new FrontMatterException("无法读完这一段，常见原因是 [ 或 { 没有闭合、引号没有成对",
                (int)mark.Line + firstLine - 1,
                (int)mark.Column);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return Empty;

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var root = stream.Documents[0].RootNode;
            throw new FrontMatterException("front matter 不是“键： 值”形式的映射", (int)root.Start.Line + firstLine - 1, (int)root.Start.Column, notMapping: true);
        }

        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value?.Trim() ?? "";
            entries[key] = new Entry(
                key,
                valueNode,
                (int)keyNode.Start.Line + firstLine - 1,
                (int)valueNode.Start.Line + firstLine - 1,
                (int)valueNode.Start.Column);
        }
        return new FrontMatter(entries);
    }

    // YamlMappingNode reports a repeated key only through its message ("Duplicate key id"); YamlDotNet is pinned,
    // and FrontMatterTests pin this wording, so a change upstream shows up as a failing test rather than a silent miss.
    private static string? DuplicateKeyOf(YamlDotNet.Core.YamlException ex)
    {
        const string prefix = "Duplicate key ";
        var message = ex.Message;
        var at = message.LastIndexOf(prefix, StringComparison.Ordinal);
        return at >= 0 ? message[(at + prefix.Length)..].Trim() : null;
    }

    /// <summary>The 1-based number of the first non-blank line of <paramref name="yaml"/> indented with a tab, else null.</summary>
    private static int? TabIndentedLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (indent > 0 && lines[i].AsSpan(0, indent).Contains('\t') && lines[i].Trim().Length > 0)
                return i + 1;
        }
        return null;
    }

    /// <summary>0-based index of the first top-level line of <paramref name="yaml"/> that defines <paramref name="key"/>.</summary>
    private static int? FirstKeyLine(string yaml, string key)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].StartsWith(key, StringComparison.Ordinal) && lines[i][key.Length..].TrimStart().StartsWith(':'))
                return i;
        return null;
    }

    private static string Describe(YamlDotNet.Core.YamlException ex)
    {
        // YamlDotNet's messages start with "(Line: 3, Col: 5, Idx: 20) - (…): " — the position is reported separately,
        // and the rest is English: users get its Chinese meaning.
        var message = ex.InnerException?.Message ?? ex.Message;
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (marker >= 0)
            message = message[(marker + 3)..];
        return YamlErrorWording.Describe(message.Trim());
    }
}

/// <summary>A front matter that cannot be read as a YAML mapping.</summary>
public sealed class FrontMatterException(string message, int line, int column, bool notMapping = false, string? duplicateKey = null)
    : Exception(message)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
    public bool NotMapping { get; } = notMapping;
    /// <summary>The key written twice, when that is the problem; null for other syntax errors.</summary>
    public string? DuplicateKey { get; } = duplicateKey;
}
