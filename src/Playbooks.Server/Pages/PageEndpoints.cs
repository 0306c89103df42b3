using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Playbooks.Core.Model;
using Playbooks.Server.Api;
using Playbooks.Server.Library;

namespace Playbooks.Server.Pages;

/// <summary>Server-rendered pages: search, playbook, guide, catalog.</summary>
internal static class PageEndpoints
{
    public const int PageLimit = 10;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (string? q, LiveKnowledgeBase kb) =>
        {
            if (string.IsNullOrEmpty(q))
                return new RazorComponentResult<SearchPage>();
            if (QueryRules.CheckQuery(q) is { } problem)
                return new RazorComponentResult<SearchPage>(new { Query = q, Error = problem.Detail }) { StatusCode = 400 };
            return new RazorComponentResult<SearchPage>(new { Query = q, Response = kb.Search(q, PageLimit) });
        });

        app.MapGet("/playbooks/{id}", (string id, LiveKnowledgeBase kb) => Document(id, PlaybookKind.Playbook, kb));
        app.MapGet("/guides/{id}", (string id, LiveKnowledgeBase kb) => Document(id, PlaybookKind.Guide, kb));
        app.MapGet("/catalog", (LiveKnowledgeBase kb) => new RazorComponentResult<CatalogPage>(new { Catalog = kb.Catalog }));
    }

    private static IResult Document(string id, PlaybookKind kind, LiveKnowledgeBase kb)
    {
        var catalog = kb.Catalog;
        if (PlaybookIds.IsValid(id) && catalog.Find(id) is { } found && found.Kind == kind)
            return new RazorComponentResult<PlaybookPage>(new { Playbook = found, Catalog = catalog });
        var message = PlaybookIds.IsValid(id) ? $"没有 id 为“{id}”的{(kind == PlaybookKind.Guide ? "指南" : "预案")}。" : PlaybookIds.Rule + "。";
        return new RazorComponentResult<NotFoundPage>(new { Message = message }) { StatusCode = 404 };
    }
}
