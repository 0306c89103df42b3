using Playbooks.Core.KnowledgeBase;
using Playbooks.Search.Analysis;
using Playbooks.Search.Ranking;

namespace Playbooks.Site.Building;

/// <summary>What to build: the loaded knowledge base, the search analysis to use, and where.</summary>
public sealed record SiteBuildRequest
{
    /// <summary>The loaded knowledge base: its valid playbooks and guides become pages; files with errors are left out.</summary>
    public required LoadedKnowledgeBase KnowledgeBase { get; init; }

    /// <summary>
    /// The search analyzer of the same knowledge base (<c>SearchEngine.Analyzer</c>, or one built from its lexicon with
    /// <c>LexiconLoader</c>). The browser index and the related lists are computed with it and <see cref="Weights"/>,
    /// so they agree with <c>playbooks search</c> and <c>playbooks similar</c>; the SQLite index itself is not needed.
    /// </summary>
    public required Analyzer Analyzer { get; init; }

    /// <summary>The ranking constants of the CLI; change only to match a search engine opened with other weights.</summary>
    public RankingWeights Weights { get; init; } = RankingWeights.Default;

    /// <summary>
    /// Absolute output folder. Created if missing; if it exists it must be empty or a site built before (it holds the
    /// <c>.playbooks-site</c> marker), whose stale files are then removed.
    /// </summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Called from worker threads as the build advances; must be thread-safe.</summary>
    public Action<SiteBuildProgress>? Progress { get; init; }

    /// <summary>Length of each playbook's "相关预案" list; 5 by default, like <c>playbooks similar</c>.</summary>
    public int RelatedCount { get; init; } = 5;

    /// <summary>
    /// Where the site's root is served (<see cref="Content.SiteAddresses.BaseUrl"/>: <c>/handbook/</c> or an absolute
    /// address). Only <c>404.html</c> uses it, for links that work at any depth; null leaves every link relative.
    /// </summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// Prefix of the address where a file is edited online (<see cref="Content.SiteAddresses.RepositoryUrl"/>); each
    /// page's source path is appended for its "编辑此页" link. Null: no such link.
    /// </summary>
    public string? RepositoryUrl { get; init; }

    /// <summary>Pages rendered at once; defaults to the number of cores.</summary>
    public int? Parallelism { get; init; }
}

/// <summary>The steps of a build, in order.</summary>
public enum SiteBuildStage
{
    /// <summary>Analysing every playbook for the browser index.</summary>
    Analysing,
    /// <summary>Ranking each playbook's related playbooks.</summary>
    Relating,
    /// <summary>Rendering and writing the pages.</summary>
    Rendering,
}

/// <param name="Done">Items finished in this stage.</param>
/// <param name="Total">Items in this stage.</param>
public readonly record struct SiteBuildProgress(SiteBuildStage Stage, int Done, int Total);

/// <summary>What a build wrote.</summary>
/// <param name="OutputDirectory">Absolute path of the site.</param>
/// <param name="Pages">HTML pages written.</param>
/// <param name="Files">All files written (pages, assets, search data).</param>
/// <param name="SearchDataBytes">Size of <c>search-data.js</c>, the whole index in one file (see <see cref="SearchData"/> for the chunked form).</param>
/// <param name="Removed">Stale files of a previous build deleted.</param>
public sealed record SiteBuildResult(string OutputDirectory, int Playbooks, int Guides, int Pages, int Files, long SearchDataBytes, int Removed, TimeSpan Elapsed)
{
    /// <summary>Sizes of both forms of the browser's search data.</summary>
    public SearchDataSizes SearchData { get; init; } = new(SearchDataBytes, 0, 0, 0);

    /// <summary>Absolute path of the home page.</summary>
    public string HomePage => Path.Combine(OutputDirectory, Content.SitePaths.Home);
}

/// <summary>What the browser's search data weighs on disk.</summary>
/// <param name="WholeBytes">The single file <c>search-data.js</c> (pages opened from <c>file://</c> load it).</param>
/// <param name="ManifestBytes">The chunked form's manifest (gzip), which every served search page fetches first.</param>
/// <param name="ChunkedFiles">Files of the chunked form: manifest, term shards, display chunks.</param>
/// <param name="ChunkedBytes">All of them together (gzip).</param>
public sealed record SearchDataSizes(long WholeBytes, long ManifestBytes, int ChunkedFiles, long ChunkedBytes);
