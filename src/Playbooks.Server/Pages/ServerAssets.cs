using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Playbooks.Server.Pages;

/// <summary>The stylesheet and the search script, embedded in the assembly so the server runs from any folder.</summary>
internal static class ServerAssets
{
    public const string Script = "/assets/search.js";
    public const string Stylesheet = "/assets/server.css";

    public static void Map(IEndpointRouteBuilder app)
    {
        MapOne(app, Script, "search.js", "text/javascript; charset=utf-8");
        MapOne(app, Stylesheet, "server.css", "text/css; charset=utf-8");
    }

    private static void MapOne(IEndpointRouteBuilder app, string route, string name, string contentType)
    {
        var bytes = Read(name);
        app.MapGet(route, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-cache";
            return Results.Bytes(bytes, contentType);
        });
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(ServerAssets).Assembly.GetManifestResourceStream("assets/" + name)
            ?? throw new InvalidOperationException($"embedded asset missing: {name}");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
