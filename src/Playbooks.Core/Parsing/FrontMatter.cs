using YamlDotNet.RepresentationModel;

namespace Playbooks.Core.Parsing;

/// <summary>
/// The YAML front matter of one file as a key → node map, with each node's position in the file.
/// </summary>
public sealed class FrontMatter
{
    public static IReadOnlySet<string> KnownKeys { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "title", "category", "tags", "severity", "owner", "updated", "reviewed", "source", "draft", "kind", "order",
    };

    private readonly Dictionary<string, Entry> _entries;

    private FrontMatter(Dictionary<string, Entry> entries) => _entries = entries;

    public static FrontMatter Empty { get; } = new(new Dictionary<string, Entry>());

    /// <summary>A key's value node and its 1-based position in the file.</summary>
    public sealed record Entry(string Key, YamlNode Value, int KeyLine, int ValueLine, int ValueColumn);

    public IEnumerable<Entry> Entries => _entries.Values.OrderBy(e => e.KeyLine);

    public Entry? this[string key] => _entries.GetValueOrDefault(key);

    /// <summary>
    /// Parses <paramref name="yaml"/>, whose first line is line <paramref name="firstLine"/> of the file.
    /// Throws <see cref="FrontMatterException"/> for YAML syntax errors and non-mapping documents,
    /// with positions already translated to file lines.
    /// </summary>
    public static FrontMatter Parse(string yaml, int firstLine)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new FrontMatterException(
                Describe(ex),
                (int)ex.Start.Line + firstLine - 1,
                (int)ex.Start.Column);
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

    private static string Describe(YamlDotNet.Core.YamlException ex)
    {
        // YamlDotNet's messages start with "(Line: 3, Col: 5, Idx: 20) - (…): " — the position is reported separately.
        var message = ex.InnerException?.Message ?? ex.Message;
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (marker >= 0)
            message = message[(marker + 3)..];
        return message.Trim();
    }
}

/// <summary>A front matter that cannot be read as a YAML mapping.</summary>
public sealed class FrontMatterException(string message, int line, int column, bool notMapping = false) : Exception(message)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
    public bool NotMapping { get; } = notMapping;
}
