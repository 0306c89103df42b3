using Playbooks.Core.Model;

namespace Playbooks.Site.Content;

/// <summary>A category of the catalog with its playbooks (most severe first, then by title).</summary>
public sealed record CategoryGroup(CategoryInfo Category, IReadOnlyList<Playbook> Playbooks);

/// <summary>A tag page: the playbooks and guides carrying the tag.</summary>
public sealed record TagEntry(string Tag, string Slug, IReadOnlyList<Playbook> Playbooks, IReadOnlyList<Playbook> Guides)
{
    public int Count => Playbooks.Count + Guides.Count;
}

/// <summary>
/// Everything the pages show, computed once per build (by the server, once per reload) and shared by every page
/// (read-only, so pages may render on several threads). Every list is in a fixed order that depends only on the playbooks' content: two builds of the
/// same files produce the same bytes.
/// </summary>
public sealed class SiteContent
{
    /// <summary>How many entries "最近更新" lists.</summary>
    public const int RecentCount = 40;

    /// <summary>On the home page, each category shows this many playbooks and links to the rest in the catalog.</summary>
    public const int HomeCategoryPreview = 8;

    public string SiteTitle { get; init; } = "运营事故预案库";

    /// <summary>
    /// The last line of every page's footer: how this copy of the site reaches its reader. The default describes the
    /// generated folder; the server, whose pages are live and online, says so instead.
    /// </summary>
    public string FooterNote { get; init; } = "离线可用：整个站点就是一个文件夹，直接打开 index.html 即可浏览和检索。";

    /// <summary>"N 个预案的元数据有问题，运行 playbooks lint 查看", shown on the catalog and search pages; null when there are none.</summary>
    public string? MetadataNote { get; init; }

    /// <summary>Id → source file as shown to authors (e.g. <c>playbooks/community/bot-flood.md</c>); <see cref="Playbook.Path"/> when absent.</summary>
    public IReadOnlyDictionary<string, string> SourcePaths { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Where the knowledge base's files are edited online, e.g. <c>https://github.com/team/ops/edit/main</c>
    /// (<c>playbooks site --repo-url</c>); each page's source path (<see cref="SourcePathOf"/>) is appended to make its
    /// "编辑此页" link. Null: no such link.
    /// </summary>
    public string? RepositoryUrl { get; init; }

    /// <summary>Incident playbooks, ordered by id.</summary>
    public IReadOnlyList<Playbook> Playbooks { get; }

    /// <summary>Onboarding guides in reading order (<c>order</c>, then title; unordered guides last).</summary>
    public IReadOnlyList<Playbook> Guides { get; }

    public IReadOnlyList<CategoryGroup> Categories { get; }

    /// <summary>Tags in ordinal order.</summary>
    public IReadOnlyList<TagEntry> Tags { get; }

    /// <summary>Playbooks and guides, most recently updated (or reviewed) first.</summary>
    public IReadOnlyList<Playbook> Recent { get; }

    /// <summary>The latest date any playbook or guide carries; shown in the footer instead of a build timestamp.</summary>
    public DateOnly? LastUpdated { get; }

    private readonly Dictionary<string, Playbook> _byId;
    private readonly IReadOnlyDictionary<string, string> _tagSlugs;
    private readonly Func<string, IReadOnlyList<string>> _relatedIds;
    private readonly Dictionary<string, string> _summaries;

    /// <param name="documents">Valid playbooks and guides (ids unique).</param>
    /// <param name="related">Playbook id → ids of its related playbooks, best first (unknown ids are dropped).</param>
    public SiteContent(IEnumerable<Playbook> documents, IReadOnlyDictionary<string, IReadOnlyList<string>> related)
        : this(documents, id => related.GetValueOrDefault(id) ?? [])
    {
    }

    /// <param name="documents">Valid playbooks and guides (ids unique).</param>
    /// <param name="relatedIds">
    /// Playbook id → ids of its related playbooks, best first (unknown ids are dropped). Asked each time a page
    /// renders the list, so a live source (the server's index) stays current; must be thread-safe.
    /// </param>
    public SiteContent(IEnumerable<Playbook> documents, Func<string, IReadOnlyList<string>> relatedIds)
    {
        var all = documents.ToList();
        _byId = all.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Playbooks = all.Where(p => p.Kind == PlaybookKind.Playbook).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        Guides = all.Where(p => p.Kind == PlaybookKind.Guide)
            .OrderBy(p => p.Order ?? int.MaxValue).ThenBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();

        Categories = Content.Categories.Order(Playbooks.Select(p => p.Category))
            .Select(c => new CategoryGroup(c, Playbooks.Where(p => Content.Categories.Name(p.Category) == c.Name).OrderBy(p => p, CatalogOrder).ToList()))
            .ToList();

        _tagSlugs = TagSlugs.Assign(all.SelectMany(p => p.Tags));
        Tags = _tagSlugs.Keys.Order(StringComparer.Ordinal)
            .Select(tag => new TagEntry(tag, _tagSlugs[tag],
                Playbooks.Where(p => p.Tags.Contains(tag)).OrderBy(p => p, CatalogOrder).ToList(),
                Guides.Where(g => g.Tags.Contains(tag)).ToList()))
            .ToList();

        Recent = all.Where(p => p.LastReviewed is not null)
            .OrderByDescending(p => p.LastReviewed).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Take(RecentCount).ToList();
        LastUpdated = all.Select(p => p.LastReviewed).Max();

        _relatedIds = relatedIds;
        _summaries = all.ToDictionary(p => p.Id, Summaries.Of, StringComparer.Ordinal);
    }

    /// <summary>Most severe first, then by title: what a reader scanning a category should see first.</summary>
    public static IComparer<Playbook> CatalogOrder { get; } = Comparer<Playbook>.Create((a, b) =>
    {
        var severity = ((int?)b.Severity ?? 0).CompareTo((int?)a.Severity ?? 0);
        if (severity != 0)
            return severity;
        var title = string.CompareOrdinal(a.Title, b.Title);
        return title != 0 ? title : string.CompareOrdinal(a.Id, b.Id);
    });

    public string SourcePathOf(Playbook playbook) => SourcePaths.GetValueOrDefault(playbook.Id) ?? playbook.Path;

    /// <summary>The page's "编辑此页" address: <see cref="RepositoryUrl"/> and the source path, each segment percent-encoded; null without a repository.</summary>
    public string? EditUrlOf(Playbook playbook) =>
        RepositoryUrl is { Length: > 0 } repository
            ? repository.TrimEnd('/') + "/" + string.Join('/', SourcePathOf(playbook).Split('/').Select(Uri.EscapeDataString))
            : null;

    public Playbook? Find(string id) => _byId.GetValueOrDefault(id);

    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>Site-relative page of a playbook or guide.</summary>
    public static string PathOf(Playbook playbook) =>
        playbook.Kind == PlaybookKind.Guide ? SitePaths.Guide(playbook.Id) : SitePaths.Playbook(playbook.Id);

    public string TagPath(string tag) => SitePaths.Tag(_tagSlugs[tag]);

    public IReadOnlyList<Playbook> RelatedTo(string id) =>
        _relatedIds(id).Where(_byId.ContainsKey).Select(related => _byId[related]).ToList();

    /// <summary>One or two sentences of plain text that say what the playbook or guide is about.</summary>
    public string SummaryOf(Playbook playbook) => _summaries.GetValueOrDefault(playbook.Id) ?? "";

    /// <summary>Position of a guide in the reading path (1-based), or null.</summary>
    public int? ReadingStep(Playbook guide)
    {
        for (var i = 0; i < Guides.Count; i++)
            if (ReferenceEquals(Guides[i], guide))
                return i + 1;
        return null;
    }
}
