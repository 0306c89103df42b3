using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Playbooks.Site.Building;
using Playbooks.Site.Content;

namespace Playbooks.Server.Pages;

/// <summary>
/// The files the pages load, all embedded in assemblies so the server runs from any folder: the site's stylesheet,
/// icon, page script (the print button) and drill script, at the addresses <see cref="ServerLinks"/> gives them, and the server's
/// own live-search script.
/// </summary>
internal static class ServerAssets
{
    /// <summary>
    /// The search-as-you-type script of <see cref="LiveSearchPage"/>. It takes the address the site's offline
    /// <c>assets/search.js</c> would have: the server never serves that one (nor <c>search-data.js</c>), since it
    /// searches with its own index and never renders the site's search page.
    /// </summary>
    public const string LiveSearchScript = "/assets/search.js";

    private static readonly string[] SiteAssets = [SitePaths.Stylesheet, SitePaths.SiteScript, SitePaths.DrillScript, SitePaths.Icon];

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void Map(IEndpointRouteBuilder app)
    {
        var site = EmbeddedAssets.All().ToDictionary(a => a.Path, a => a.Bytes, StringComparer.Ordinal);
        foreach (var path in SiteAssets)
            MapOne(app, ServerLinks.Route(path), site[path]);
        MapOne(app, LiveSearchScript, ReadOwn("search.js"));
    }

    private static void MapOne(IEndpointRouteBuilder app, string route, byte[] bytes)
    {
        var contentType = ContentTypes.TryGetContentType(route, out var type) ? type : "application/octet-stream";
        if (contentType.StartsWith("text/", StringComparison.Ordinal))
            contentType += "; charset=utf-8";
        app.MapGet(route, (HttpContext context) =>
        {
            // Revalidate every time: a new build of the server may ship new assets under the same names.
            context.Response.Headers.CacheControl = "no-cache";
            return Results.Bytes(bytes, contentType);
        });
    }

    private static byte[] ReadOwn(string name)
    {
        using var stream = typeof(ServerAssets).Assembly.GetManifestResourceStream("assets/" + name)
            ?? throw new InvalidOperationException($"embedded asset missing: {name}");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
