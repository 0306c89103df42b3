using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Playbooks.Core.Model;
using Playbooks.Server.Api;
using Playbooks.Server.Library;
using Playbooks.Site.Components;
using Playbooks.Site.Components.Pages;
using Playbooks.Site.Content;
using Playbooks.Site.Drilling;

namespace Playbooks.Server.Pages;

/// <summary>
/// Server-rendered pages: the live search on <c>/</c>, and every page of the onboarding site, rendered from the
/// site's own components with <see cref="ServerLinks"/> and the live <see cref="SiteContent"/>. Ids and tags are
/// looked up in the loaded content, never joined to a path, so no address reaches a file outside the knowledge base.
/// </summary>
internal static class PageEndpoints
{
    public const int PageLimit = 10;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(ServerLinks.Search, (string? q, LiveKnowledgeBase kb, LiveSiteContent site) =>
        {
            if (string.IsNullOrEmpty(q))
                return Page<LiveSearchPage>(site.Current, SitePaths.Search);
            var parameters = new Dictionary<string, object?> { [nameof(LiveSearchPage.Query)] = q };
            if (QueryRules.CheckQuery(q) is { } problem)
            {
                parameters[nameof(LiveSearchPage.Error)] = problem.Detail;
                return Page<LiveSearchPage>(site.Current, SitePaths.Search, parameters, StatusCodes.Status400BadRequest);
            }
            parameters[nameof(LiveSearchPage.Response)] = kb.Search(q, PageLimit);
            return Page<LiveSearchPage>(site.Current, SitePaths.Search, parameters);
        });

        app.MapGet(ServerLinks.Home, (LiveSiteContent site) => Page<HomePage>(site.Current, SitePaths.Home));
        app.MapGet(ServerLinks.Route(SitePaths.Catalog), (LiveSiteContent site) => Page<CatalogPage>(site.Current, SitePaths.Catalog));
        app.MapGet(ServerLinks.Route(SitePaths.Recent), (LiveSiteContent site) => Page<RecentPage>(site.Current, SitePaths.Recent));
        app.MapGet(ServerLinks.Route(SitePaths.Tags), (LiveSiteContent site) => Page<TagsPage>(site.Current, SitePaths.Tags));
        app.MapGet(ServerLinks.Route(SitePaths.Drills), (LiveSiteContent site) => Page<DrillsPage>(site.Current, SitePaths.Drills));
        app.MapGet("/drills/{id}", (string id, LiveSiteContent site) =>
        {
            var content = site.Current;
            return Drills.Available(content).FirstOrDefault(p => p.Id == id) is { } playbook
                ? Page<DrillPage>(content, SitePaths.Drill(id), new() { [nameof(DrillPage.Drill)] = Drills.Of(content, playbook) })
                : NotFound(content, $"没有“{id}”的演练：只有写了处理步骤的预案才有演练。");
        });

        app.MapGet("/playbooks/{id}", (string id, LiveSiteContent site) => Document(site.Current, id, PlaybookKind.Playbook));
        app.MapGet("/guides/{id}", (string id, LiveSiteContent site) => Document(site.Current, id, PlaybookKind.Guide));
        app.MapGet("/tags/{slug}", (string slug, LiveSiteContent site) =>
        {
            var content = site.Current;
            return content.Tags.FirstOrDefault(t => t.Slug == slug) is { } tag
                ? Page<TagPage>(content, content.TagPath(tag.Tag), new() { [nameof(TagPage.Tag)] = tag })
                : NotFound(content, $"没有“{slug}”这个标签。");
        });

        // Any other address a browser asks for gets the site's 404 page; unknown API addresses keep the problem
        // details of UseStatusCodePages (an empty 404 here).
        app.MapFallback((HttpContext context, LiveSiteContent site) =>
            context.Request.Path.StartsWithSegments("/api") ? Results.NotFound() : NotFound(site.Current, null));
    }

    private static IResult Document(SiteContent content, string id, PlaybookKind kind)
    {
        if (PlaybookIds.IsValid(id) && content.Find(id) is { } found && found.Kind == kind)
            return kind == PlaybookKind.Guide
                ? Page<GuidePage>(content, SitePaths.Guide(id), new() { [nameof(GuidePage.Guide)] = found })
                : Page<PlaybookPage>(content, SitePaths.Playbook(id), new() { [nameof(PlaybookPage.Playbook)] = found });
        return NotFound(content, PlaybookIds.IsValid(id)
            ? $"没有 id 为“{id}”的{(kind == PlaybookKind.Guide ? "指南" : "预案")}。"
            : PlaybookIds.Rule + "。");
    }

    private static IResult NotFound(SiteContent content, string? detail) =>
        Page<NotFoundPage>(content, SitePaths.NotFound, new() { [nameof(NotFoundPage.Detail)] = detail }, StatusCodes.Status404NotFound);

    /// <summary>
    /// <typeparamref name="TPage"/> inside the site's <see cref="PageHost"/>, exactly as the generator renders it, but
    /// as the page at <paramref name="sitePath"/> with the server's links.
    /// </summary>
    private static IResult Page<TPage>(SiteContent content, string sitePath, Dictionary<string, object?>? parameters = null,
        int status = StatusCodes.Status200OK) where TPage : IComponent =>
        new RazorComponentResult<PageHost>(new Dictionary<string, object?>
        {
            [nameof(PageHost.Page)] = new SitePage(sitePath, content, ServerLinks.Instance),
            [nameof(PageHost.Component)] = typeof(TPage),
            [nameof(PageHost.Parameters)] = parameters,
        })
        { StatusCode = status };
}
