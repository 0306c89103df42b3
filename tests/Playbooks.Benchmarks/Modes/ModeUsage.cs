namespace Playbooks.Benchmarks.Modes;

/// <summary>
/// One usage line per mode (the command column of this project's README), printed for <c>&lt;mode&gt; --help</c> and
/// after a wrong option, instead of the ArgumentException's stack trace.
/// </summary>
internal static class ModeUsage
{
    private static readonly IReadOnlyDictionary<string, string> Lines = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["quick"] = "quick [--corpora bundled,1k,10k] [--with-100k] [--seconds 5] [--max-rounds 200] [--skip-build]",
        ["cli-startup"] = "cli-startup [--cli /tmp/pb-publish/playbooks ...] [--runs 20] [--corpus bundled]",
        ["startup-phases"] = "startup-phases [--runs 15]",
        ["open-phases"] = "open-phases [--corpus 100k] [--runs 5]",
        ["generate"] = "generate <size, e.g. 10k>",
        ["site"] = "site [--corpora bundled,1k] [--runs 3] [--no-transfer]",
        ["site-transfer"] = "site-transfer --site <folder> [--label name]",
        ["quality"] = "quality [--systems ours,smartcn,smartcn-single,jieba,jieba-single,ours+smartcn,ours+smartcn-half,ours+prf] "
            + "[--set name=q.tsv[+q2.tsv]@folder ...] [--diff] [--misses]",
        ["parse-scaling"] = "parse-scaling [--sizes 64,128,256,512,1024] [--patterns '[a](,long'] [--runs 3]",
        ["index-phases"] = "index-phases [--corpus 3000] [--runs 3] [--builds-only] [--parse-only] [--timeline] [--allocations] [--gc-latency batch|sustained|interactive|low] [--gc-log]",
        ["learning-sample"] = "learning-sample [--corpus 3000 | --folder <knowledge base>] [--fractions 0.5,0.25] [--show 40]",
        ["serve-load"] = "serve-load [--seconds 20] [--warmup 30] [--connections 16] [--queries distinct,repeated] [--runs 1] "
            + "[--env NAME=VALUE] [--cli playbooks.dll]",
        ["live-reload"] = "live-reload [--saves 20] [--cli playbooks.dll]",
    };

    /// <summary>The usage of <paramref name="mode"/>, or null when it is not one of ours (BenchmarkDotNet's then).</summary>
    public static string? Of(string mode) =>
        Lines.TryGetValue(mode, out var line) ? $"usage: dotnet run -c Release --project tests/Playbooks.Benchmarks -- {line}" : null;

    public static bool IsHelp(string arg) => arg is "--help" or "-h" or "-?";
}
