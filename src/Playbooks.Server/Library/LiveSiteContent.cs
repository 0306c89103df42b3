using Playbooks.Core;
using Playbooks.Site.Content;

namespace Playbooks.Server.Library;

/// <summary>
/// The site's <see cref="SiteContent"/> for the server's pages, rebuilt from <see cref="LiveKnowledgeBase.Catalog"/>
/// the first time a page asks after a reload (catalog snapshots are immutable, so one content serves a snapshot's
/// whole life). Related lists are not computed ahead as the generator does: each playbook page asks the live index
/// (<see cref="LiveKnowledgeBase.Similar"/>, the same ranking as <c>playbooks similar</c>). Thread-safe.
/// </summary>
internal sealed class LiveSiteContent(LiveKnowledgeBase knowledgeBase)
{
    /// <summary>Length of a playbook's "相关预案" list: the generator's default, so both show the same list.</summary>
    public const int RelatedCount = 5;

    public const string FooterNote = "这是 playbooks serve 提供的实时页面：预案文件保存后，刷新页面即可看到最新内容。";

    private volatile Built? _last;

    private sealed record Built(PlaybookCatalog Catalog, SiteContent Content);

    public SiteContent Current
    {
        get
        {
            var catalog = knowledgeBase.Catalog;
            if (_last is { } last && ReferenceEquals(last.Catalog, catalog))
                return last.Content;
            // Two requests racing after a reload may both build; either result is right, and it is cheap.
            var content = new SiteContent(UniqueIds(catalog), RelatedIds)
            {
                FooterNote = FooterNote,
                MetadataNote = Core.Diagnostics.MetadataNotes.For(catalog.MetadataProblems),
            };
            _last = new Built(catalog, content);
            return content;
        }
    }

    // The catalog keeps a broken file's last good version, which can (briefly, while an author renames ids) share its
    // id with another file; SiteContent wants each id once. Path order decides, as in PlaybookCatalog.Find.
    private static IEnumerable<Core.Model.Playbook> UniqueIds(PlaybookCatalog catalog) =>
        catalog.All.DistinctBy(p => p.Id, StringComparer.Ordinal);

    private IReadOnlyList<string> RelatedIds(string id)
    {
        try
        {
            return knowledgeBase.Similar(id, RelatedCount).Results.Select(r => r.Id).ToList();
        }
        catch (PlaybooksException)
        {
            // In the catalog but not (yet) in the index: a file saved a moment ago. The list fills on the next reload.
            return [];
        }
    }
}
