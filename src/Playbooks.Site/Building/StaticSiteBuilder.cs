using System.Diagnostics;
using System.Text;
using Playbooks.Core.Model;
using Playbooks.Search.Documents;
using Playbooks.Search.Ranking;
using Playbooks.Search.Vocabulary;
using Playbooks.Site.Components.Pages;
using Playbooks.Site.Content;
using Playbooks.Site.Drilling;
using Playbooks.Site.Searching;

namespace Playbooks.Site.Building;

/// <summary>
/// Builds the static site: analyses the playbooks for the browser index, ranks each playbook's related playbooks,
/// renders every page component, and writes pages, assets and the search data (<c>search-data.js</c> and <c>search/</c>). The output depends only on the
/// input files: pages are listed in a fixed order, nothing records the build time, and the same knowledge base
/// always yields byte-identical files.
/// </summary>
public static class StaticSiteBuilder
{
    /// <summary>A renderer is replaced after this many pages: HtmlRenderer keeps every root component it rendered.</summary>
    private const int PagesPerRenderer = 250;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <exception cref="Core.PlaybooksException">
    /// The output folder cannot be used (see <see cref="SiteBuildRequest.OutputDirectory"/>), or a file cannot be written
    /// (disk full, no permission: code <c>write-failed</c>); the previous site is then left as it was.
    /// </exception>
    public static async Task<SiteBuildResult> BuildAsync(SiteBuildRequest request, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var output = OutputFolder.Prepare(request.OutputDirectory);
        try
        {
            var (pages, searchData, content) = await WriteAsync(request, output, cancellation);
            var removed = output.Finish();
            return new SiteBuildResult(output.Root, content.Playbooks.Count, content.Guides.Count, pages,
                output.WrittenCount, searchData.WholeBytes, removed, clock.Elapsed) { SearchData = searchData };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            output.Abort();
            throw OutputFolder.WriteFailed(ex, output.Root);
        }
        catch
        {
            output.Abort();
            throw;
        }
    }

    /// <summary>Writes every file of the site into the output's staging folder.</summary>
    private static async Task<(int Pages, SearchDataSizes SearchData, SiteContent Content)> WriteAsync(
        SiteBuildRequest request, OutputFolder output, CancellationToken cancellation)
    {
        var report = request.Progress ?? (_ => { });

        var documents = request.KnowledgeBase.Valid;
        var playbookCount = documents.Count(d => d.Kind == PlaybookKind.Playbook);
        // The words the knowledge base teaches, learned as the search index learns them (from the lexicon files alone,
        // whatever the given analyzer learned already), so the browser analyses queries and this index analyses
        // playbooks exactly as `playbooks search` does; they ship in the lexicon.
        using var analyzer = VocabularyLearner.AnalyzerFor(documents.Where(d => d.Kind == PlaybookKind.Playbook)
            .Select(d => FieldExtractor.Extract(d, d.Path)), request.Analyzer);
        var index = TermIndex.Build(documents, analyzer, request.Weights, done => report(new(SiteBuildStage.Analysing, done, playbookCount)));
        cancellation.ThrowIfCancellationRequested();

        var ranker = new Ranker(request.Weights);
        var related = RelatedPlaybooks.Compute(index, ranker, request.RelatedCount,
            done => report(new(SiteBuildStage.Relating, done, index.Count)));
        cancellation.ThrowIfCancellationRequested();

        var content = new SiteContent(documents, related)
        {
            SourcePaths = SourcePaths(request.KnowledgeBase),
            MetadataNote = Core.Diagnostics.MetadataNotes.For(request.KnowledgeBase.MetadataProblemCount),
            RepositoryUrl = request.RepositoryUrl,
        };
        // The browser index is written on its own thread while the pages render: it is a single-threaded half second
        // (character tables, JSON) that would otherwise leave a core idle.
        var searchData = Task.Run(() =>
        {
            var tables = AnalysisTables.For(index, analyzer.Normalizer);
            var whole = BrowserSearchData.Create(index, analyzer.Lexicon, request.Weights, tables, content.SummaryOf);
            output.Write(SitePaths.SearchData, whole);
            var chunks = ChunkedSearchData.Create(index, analyzer.Lexicon, request.Weights, tables, content.SummaryOf);
            foreach (var (path, bytes) in chunks)
                output.Write(path, bytes);
            return new SearchDataSizes(whole.LongLength, chunks[0].Bytes.LongLength, chunks.Count, chunks.Sum(c => c.Bytes.LongLength));
        }, cancellation);
        var pages = Pages(content, request.BaseUrl);
        try
        {
            foreach (var (path, bytes) in EmbeddedAssets.All())
                output.Write(path, bytes);
            await RenderAsync(pages, content, output, request.Parallelism ?? Environment.ProcessorCount,
                done => report(new(SiteBuildStage.Rendering, done, pages.Count)), cancellation);
        }
        finally
        {
            // Never leave the search data writing into a staging folder that is about to be deleted.
            await Task.WhenAny(searchData);
        }
        return (pages.Count, await searchData, content);
    }

    /// <summary>
    /// Each document's source file as "&lt;knowledge-base folder name&gt;/&lt;relative path&gt;" (playbooks/community/bot-flood.md):
    /// what an author needs to find the file, and the same whether the CLI was given a relative or an absolute folder.
    /// </summary>
    private static Dictionary<string, string> SourcePaths(Core.KnowledgeBase.LoadedKnowledgeBase knowledgeBase)
    {
        var root = knowledgeBase.Root.Replace('\\', '/').TrimEnd('/') + "/";
        var folder = Path.GetFileName(root.TrimEnd('/'));
        if (folder is "" or "." or "..")
            folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(knowledgeBase.Root)));
        return knowledgeBase.Valid.ToDictionary(p => p.Id,
            p => folder + "/" + (p.Path.StartsWith(root, StringComparison.Ordinal) ? p.Path[root.Length..] : Path.GetFileName(p.Path)),
            StringComparer.Ordinal);
    }

    /// <summary>One page to render: where it goes, which component, with which parameters and links (relative when null).</summary>
    internal sealed record PageJob(string Path, Type Component, IDictionary<string, object?>? Parameters = null, ISiteLinks? Links = null);

    /// <summary>Every page of the site, in a fixed order.</summary>
    /// <param name="baseUrl">Where the site's root is served; 404.html then links from there (<see cref="RootedLinks"/>).</param>
    internal static List<PageJob> Pages(SiteContent content, string? baseUrl = null)
    {
        var pages = new List<PageJob>
        {
            new(SitePaths.Home, typeof(HomePage)),
            new(SitePaths.Catalog, typeof(CatalogPage)),
            new(SitePaths.Recent, typeof(RecentPage)),
            new(SitePaths.Search, typeof(SearchPage)),
            new(SitePaths.Tags, typeof(TagsPage)),
            new(SitePaths.NotFound, typeof(NotFoundPage), Links: baseUrl is null ? null : new RootedLinks(baseUrl)),
        };
        pages.AddRange(content.Guides.Select(g => new PageJob(SitePaths.Guide(g.Id), typeof(GuidePage), Parameter(nameof(GuidePage.Guide), g))));
        pages.AddRange(content.Playbooks.Select(p => new PageJob(SitePaths.Playbook(p.Id), typeof(PlaybookPage), Parameter(nameof(PlaybookPage.Playbook), p))));
        pages.AddRange(content.Tags.Select(t => new PageJob(content.TagPath(t.Tag), typeof(TagPage), Parameter(nameof(TagPage.Tag), t))));
        pages.Add(new PageJob(SitePaths.Drills, typeof(DrillsPage)));
        pages.AddRange(Drills.Available(content).Select(p =>
            new PageJob(SitePaths.Drill(p.Id), typeof(DrillPage), Parameter(nameof(DrillPage.Drill), Drills.Of(content, p)))));
        return pages;
    }

    /// <summary>Renders one page to HTML text, as it is written to its file.</summary>
    internal static async Task<string> RenderPageAsync(PageRenderer renderer, SiteContent content, PageJob job) =>
        await renderer.RenderAsync(job.Component, new SitePage(job.Path, content, job.Links), job.Parameters) + "\n";

    private static Dictionary<string, object?> Parameter(string name, object value) => new() { [name] = value };

    // Workers take pages from a shared counter; each has its own renderer (a renderer's dispatcher is single-threaded).
    private static async Task RenderAsync(List<PageJob> pages, SiteContent content, OutputFolder output, int parallelism,
        Action<int> progress, CancellationToken cancellation)
    {
        var next = -1;
        var done = 0;
        async Task Worker()
        {
            PageRenderer? renderer = null;
            var rendered = 0;
            try
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < pages.Count)
                {
                    cancellation.ThrowIfCancellationRequested();
                    if (renderer is null || rendered++ == PagesPerRenderer)
                    {
                        if (renderer is not null)
                            await renderer.DisposeAsync();
                        renderer = new PageRenderer();
                        rendered = 1;
                    }
                    var html = await RenderPageAsync(renderer, content, pages[i]);
                    output.Write(pages[i].Path, Utf8.GetBytes(html));
                    progress(Interlocked.Increment(ref done));
                }
            }
            finally
            {
                if (renderer is not null)
                    await renderer.DisposeAsync();
            }
        }
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, parallelism)).Select(_ => Task.Run(Worker, cancellation)));
    }
}
