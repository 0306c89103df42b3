using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Playbooks.Core;
using Playbooks.Core.Json;
using Playbooks.Search.Querying;
using Playbooks.Server.Library;

namespace Playbooks.Server.Api;

/// <summary>The read-only JSON API: search, playbook list, one playbook, health.</summary>
internal static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", (string? q, string? limit, LiveKnowledgeBase kb) =>
        {
            if (QueryRules.CheckQuery(q) is { } problem)
                return Problems.BadRequest(problem.Detail, problem.Kind);
            if (!QueryRules.TryParseLimit(limit, out var n, out var detail))
                return Problems.BadRequest(detail, ErrorKind.BadLimit);
            // Exactly the document `playbooks search --json` prints (unindented: the API is read by programs, and
            // indentation was a fifth of the bytes).
            return new JsonReply<SearchResponse>(kb.Search(q!, n), ApiJsonContext.SearchResponseType);
        });

        app.MapGet("/api/playbooks", (LiveKnowledgeBase kb) =>
            Results.Json(kb.Catalog.All.Select(p => PlaybookDocument.From(p)).ToList(), JsonDefaults.Compact));

        app.MapGet("/api/playbooks/{id}", (string id, LiveKnowledgeBase kb) =>
        {
            if (!PlaybookIds.IsValid(id))
                return Problems.BadRequest(PlaybookIds.Rule, ErrorKind.BadId);
            return kb.Catalog.Find(id) is { } playbook
                ? Results.Json(PlaybookDocument.From(playbook, includeMarkdown: true), JsonDefaults.Compact)
                : Problems.NotFound($"找不到 id 为“{id}”的预案；用 /api/playbooks 查看全部 id");
        });

        app.MapGet("/healthz", (LiveKnowledgeBase kb) => Results.Json(Health.Of(kb), JsonDefaults.Compact));
    }
}
