using Microsoft.Playwright;
using Playbooks.Tests.Shared;

[assembly: AssemblyFixture(typeof(Playbooks.Site.Tests.Support.Chromium))]

namespace Playbooks.Site.Tests.Support;

/// <summary>
/// Debian's Chromium, driven by Playwright, launched once for the whole test run and only when a test asks for it.
/// Nothing is downloaded (no <c>playwright install</c>): without the browser the browser tests are skipped with the
/// reason, unless PLAYBOOKS_REQUIRE_BROWSER=1 (set by .ci/run), when they fail instead. PLAYBOOKS_CHROMIUM points at
/// another Chromium build (default /usr/bin/chromium).
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string RequireVariable = "PLAYBOOKS_REQUIRE_BROWSER";
    public const string PathVariable = "PLAYBOOKS_CHROMIUM";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] Arguments =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>The shared browser; skips (or, when required, fails) the calling test if Chromium is not installed.</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            var reason = $"Chromium is not installed at {ExecutablePath} (apt-get install chromium, or set {PathVariable}); browser tests need it.";
            if (Required)
                Assert.Fail($"{reason} {RequireVariable}=1 demands the browser tests run.");
            Assert.Skip(reason);
        }
        await _gate.WaitAsync();
        try
        {
            _playwright ??= await Playwright.CreateAsync();
            _browser ??= await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Args = Arguments,
                Headless = true,
                Timeout = 60_000,
            });
            return _browser;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A fresh page of the given viewport that records console errors, uncaught exceptions and dialogs.</summary>
    public async Task<BrowserPage> OpenAsync(int width = 1280, int height = 800)
    {
        var browser = await BrowserAsync();
        var mobile = width < 600;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = mobile ? 2 : 1,
            IsMobile = mobile,
            HasTouch = mobile,
            Locale = "zh-CN",
        });
        context.SetDefaultTimeout(BrowserTimeouts.Eventually);
        return new BrowserPage(context, await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        _gate.Dispose();
    }
}

/// <summary>One page in its own browser context, with everything that went wrong on it.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];

    public BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                Record($"console error on {page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => Record($"uncaught error on {page.Url}: {error}");
        page.Dialog += async (_, dialog) =>
        {
            Record($"dialog on {page.Url}: {dialog.Type} {dialog.Message}");
            await dialog.DismissAsync();
        };
    }

    public IPage Page { get; }

    /// <summary>Lets the page write and read the clipboard, as a user's click allows; tests read back what was copied.</summary>
    public Task GrantClipboardAsync() => _context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);

    /// <summary>Console errors, uncaught exceptions and dialogs (alert, confirm) seen so far.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
                return _problems.ToList();
        }
    }

    private void Record(string problem)
    {
        lock (_problems)
            _problems.Add(problem);
    }

    /// <summary>The data-playbook-id of every search result, in rank order, once results (or the no-result message) are shown.</summary>
    public async Task<IReadOnlyList<string>> ResultIdsAsync()
    {
        // The list is aria-busy while the page loads the index or a query's chunks.
        await Page.WaitForFunctionAsync("() => document.getElementById('search-status')?.textContent.length > 0 && !document.getElementById('search-results').hasAttribute('aria-busy')");
        return await Page.Locator("#search-results [data-playbook-id]")
            .EvaluateAllAsync<string[]>("elements => elements.map(e => e.getAttribute('data-playbook-id'))");
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
