using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Model;
using Playbooks.Search;
using Playbooks.Site.Building;

namespace Playbooks.Site.Tests.Support;

/// <summary>A site generated from a knowledge base into a temp folder, with the engine it was built with.</summary>
public sealed class BuiltSite : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TempDirectory _folder;

    private BuiltSite(TempDirectory folder, string knowledgeBase, IReadOnlyList<Playbook> documents, SearchEngine engine, SiteBuildResult result)
    {
        _folder = folder;
        KnowledgeBase = knowledgeBase;
        Documents = documents;
        Engine = engine;
        Result = result;
    }

    public string KnowledgeBase { get; }

    public IReadOnlyList<Playbook> Documents { get; }

    public IEnumerable<Playbook> Playbooks => Documents.Where(d => d.Kind == PlaybookKind.Playbook);

    public IEnumerable<Playbook> Guides => Documents.Where(d => d.Kind == PlaybookKind.Guide);

    /// <summary>Open on <see cref="KnowledgeBase"/> with a private index file: the CLI's view of the same playbooks.</summary>
    public SearchEngine Engine { get; }

    public SiteBuildResult Result { get; }

    /// <summary>Absolute path of the site folder.</summary>
    public string Root => Result.OutputDirectory;

    /// <param name="knowledgeBase">Absolute folder.</param>
    /// <param name="adjust">Changes to the request (a repository or base URL), as the CLI's options make them.</param>
    public static async Task<BuiltSite> BuildAsync(string knowledgeBase, Func<SiteBuildRequest, SiteBuildRequest>? adjust = null)
    {
        var folder = new TempDirectory();
        // Loaded as the CLI loads it: the folder name relative to its parent, so pages show "kb/…" paths, not this machine's.
        var loaded = new KnowledgeBaseLoader().Load(Path.GetFileName(knowledgeBase), Path.GetDirectoryName(knowledgeBase));
        var engine = SearchEngine.Open(knowledgeBase, folder.Combine("index.sqlite"));
        var request = new SiteBuildRequest
        {
            KnowledgeBase = loaded,
            Analyzer = engine.Analyzer,
            OutputDirectory = folder.Combine("site"),
        };
        var result = await StaticSiteBuilder.BuildAsync(adjust?.Invoke(request) ?? request);
        return new BuiltSite(folder, knowledgeBase, loaded.Valid, engine, result);
    }

    /// <summary>Every file of the site, site-relative with forward slashes, in ordinal order.</summary>
    public IReadOnlyList<string> Files() => FilesOf(Root);

    public IReadOnlyList<string> Pages() => Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();

    public static IReadOnlyList<string> FilesOf(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public bool Exists(string relative) => File.Exists(PathOf(relative));

    public string Text(string relative) => File.ReadAllText(PathOf(relative));

    public IDocument Html(string relative) => Parser.ParseDocument(Text(relative));

    /// <summary>The page's file:// URL, as a browser opening the folder would see it.</summary>
    public string Url(string relative) => new Uri(PathOf(relative)).AbsoluteUri;

    public void Dispose()
    {
        Engine.Dispose();
        _folder.Dispose();
    }
}
