using System.Globalization;
using Microsoft.Playwright;
using Playbooks.Tests.Shared;

namespace Playbooks.Benchmarks.Modes;

/// <summary>
/// What a generated site's search page transfers before it shows its first result, measured in Chromium: each of the
/// operator queries opens <c>search.html?q=…</c> in a fresh browser context (nothing cached) served from the site
/// folder as a static host sends files (no compression added on the wire), and every response body is counted until the
/// results are shown. Works for any build of the site, so the previous build's single <c>search-data.js</c> and the
/// chunked index are measured the same way. Files are served through Playwright's request interception under a
/// made-up origin; nothing leaves the machine.
/// </summary>
internal static class SiteTransfer
{
    private const string Origin = "http://site.invalid/handbook/";

    /// <summary>One first load: bytes and files transferred, split into the page with its assets and the search data.</summary>
    public sealed record Load(string Query, long PageBytes, long DataBytes, int Files, double Milliseconds)
    {
        public long Bytes => PageBytes + DataBytes;
    }

    /// <returns>null when Chromium is not installed (PLAYBOOKS_CHROMIUM, default /usr/bin/chromium).</returns>
    public static async Task<IReadOnlyList<Load>?> MeasureAsync(string site, IEnumerable<string> queries)
    {
        var chromium = Environment.GetEnvironmentVariable("PLAYBOOKS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
            return null;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
        });
        var loads = new List<Load>();
        foreach (var query in queries)
        {
            await using var context = await browser.NewContextAsync();
            var served = new List<(string Path, long Bytes)>();
            await context.RouteAsync("**/*", async route =>
            {
                var file = FileFor(site, route.Request.Url);
                if (file is null)
                {
                    await route.FulfillAsync(new RouteFulfillOptions { Status = 404 });
                    return;
                }
                var bytes = await File.ReadAllBytesAsync(file);
                lock (served)
                    served.Add((Path.GetRelativePath(site, file).Replace('\\', '/'), bytes.Length));
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    BodyBytes = bytes,
                    ContentType = StaticContentTypes.Of(file),
                });
            });
            var page = await context.NewPageAsync();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await page.GotoAsync(Origin + "search.html?q=" + Uri.EscapeDataString(query));
            // Results are shown when the status has text and the list is no longer busy (older builds never mark it).
            await page.WaitForFunctionAsync("() => document.getElementById('search-status')?.textContent.length > 0 && !document.getElementById('search-results').hasAttribute('aria-busy')",
                null, new PageWaitForFunctionOptions { Timeout = 120_000 });
            clock.Stop();
            lock (served)
            {
                var data = served.Where(f => IsSearchData(f.Path)).Sum(f => f.Bytes);
                loads.Add(new Load(query, served.Sum(f => f.Bytes) - data, data, served.Count, clock.Elapsed.TotalMilliseconds));
            }
        }
        return loads;
    }

    private static bool IsSearchData(string path) =>
        path == "search-data.js" || path.StartsWith("search/", StringComparison.Ordinal);

    private static string? FileFor(string site, string url)
    {
        if (!url.StartsWith(Origin, StringComparison.Ordinal))
            return null;
        var relative = Uri.UnescapeDataString(new Uri(url).AbsolutePath[new Uri(Origin).AbsolutePath.Length..]);
        var file = Path.GetFullPath(Path.Combine(site, relative));
        return file.StartsWith(Path.GetFullPath(site), StringComparison.Ordinal) && File.Exists(file) ? file : null;
    }

    /// <summary>Markdown rows: first-load bytes (p50 and max over the queries), split into page and search data.</summary>
    public static string Row(string label, IReadOnlyList<Load> loads)
    {
        var bytes = new Percentiles(loads.Select(l => (double)l.Bytes).ToList());
        var data = new Percentiles(loads.Select(l => (double)l.DataBytes).ToList());
        var page = loads.Max(l => l.PageBytes);
        var files = new Percentiles(loads.Select(l => (double)l.Files).ToList());
        var ms = new Percentiles(loads.Select(l => l.Milliseconds).ToList());
        return string.Create(CultureInfo.InvariantCulture,
            $"| {label,-12} | {loads.Count,7} | {page / 1024.0,8:N0} | {data[50] / 1024.0,12:N0} | {bytes[50] / 1024.0,13:N0} | {bytes.Max / 1024.0,13:N0} | {files[50],9:N0} | {ms[50],12:N0} |");
    }

    public const string Header = """
        | site         | queries | page KiB | data KiB p50 | first load KiB p50 | first load KiB max | files p50 | wall ms p50 |
        |--------------|--------:|---------:|-------------:|-------------------:|-------------------:|----------:|------------:|
        """;

    public const string Legend = "(page: search.html with its CSS, scripts and icon; data: search-data.js or the search/ files; first load: both, " +
        "until the results show, fresh browser context per query, files as stored (no Content-Encoding added); wall ms on this machine, noisy)";

    /// <summary><c>site-transfer --site folder [--label name]</c>: the figures for a site built elsewhere (e.g. by an older build).</summary>
    public static int Run(string[] args)
    {
        var options = new ModeOptions(args);
        var site = options.Value("--site");
        if (site is null || !File.Exists(Path.Combine(site, "search.html")))
        {
            Console.Error.WriteLine("site-transfer needs --site <folder of a generated site>.");
            return 2;
        }
        var loads = MeasureAsync(Path.GetFullPath(site), OperatorQueries.All).GetAwaiter().GetResult();
        if (loads is null)
        {
            Console.Error.WriteLine("Chromium is not installed (set PLAYBOOKS_CHROMIUM or apt-get install chromium).");
            return 1;
        }
        Console.WriteLine(Header);
        Console.WriteLine(Row(options.Value("--label") ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(site)), loads));
        Console.WriteLine(Legend);
        return 0;
    }
}
