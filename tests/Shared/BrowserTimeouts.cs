using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Playbooks.Tests.Shared;

/// <summary>
/// How long a browser test waits for what the page will eventually show. Playwright's own default for assertions is
/// 5 s, which a page on a saturated 2-core CI machine (Chromium, the server and a parallel test project competing for
/// both cores) can miss with nothing wrong. The bound says nothing about speed (the benchmarks measure that); it only
/// keeps a page that never shows the result from hanging the run.
/// </summary>
internal static class BrowserTimeouts
{
    /// <summary>Milliseconds, as Playwright takes them.</summary>
    public const float Eventually = 15_000;

    // Before any test of the assembly runs, so every Expect(...) without its own timeout gets this one.
    [ModuleInitializer]
    internal static void Apply() => Assertions.SetDefaultExpectTimeout(Eventually);
}
