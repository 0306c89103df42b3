
namespace Playbooks.Search.Lexicons;

/// <summary>
/// The lexicon files shipped inside the tool (<c>Lexicons/Base/*.txt</c>, embedded resources): general operations
/// vocabulary any team's knowledge base gets before its own <c>lexicon/</c> folder is read. A team that writes no
/// lexicon still gets stop words, synonyms, domain words and the English glossary.
/// </summary>
/// <remarks>Immutable; the built-in files are read once per process.</remarks>
public sealed class BaseLexicon
{
    /// <summary>How findings and documentation name the built-in files.</summary>
    public const string DisplayFolder = "内置词表";

    private readonly IReadOnlyDictionary<string, byte[]> _files;

    private BaseLexicon(IReadOnlyDictionary<string, byte[]> files) => _files = files;

    /// <summary>The files embedded in this build of the tool.</summary>
    public static BaseLexicon BuiltIn => Embedded.Value;

    /// <summary>No base at all: a knowledge base's own files alone (for tests and comparisons).</summary>
    public static BaseLexicon None { get; } = new(new Dictionary<string, byte[]>());

    /// <summary>A base made of the given files (name → content); for tests.</summary>
    public static BaseLexicon Of(IReadOnlyDictionary<string, string> files) =>
        new(files.ToDictionary(f => f.Key, f => System.Text.Encoding.UTF8.GetBytes(f.Value)));

    /// <summary>The content of one base file, or null when the base has none by that name.</summary>
    public byte[]? File(string name) => _files.GetValueOrDefault(name);

    private static readonly Lazy<BaseLexicon> Embedded = new(() =>
    {
        var assembly = typeof(BaseLexicon).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in LexiconLoader.Files)
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
                ?? throw new InvalidOperationException($"The built-in lexicon file {name} is missing from {assembly.GetName().Name}.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[name] = copy.ToArray();
        }
        return new BaseLexicon(files);
    });

    /// <summary>Resource names are set in the project file (LogicalName), independent of the default namespace.</summary>
    private const string ResourcePrefix = "Playbooks.Search.Lexicons.Base.";
}
