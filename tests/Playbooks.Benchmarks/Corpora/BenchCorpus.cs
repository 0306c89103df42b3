using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Playbooks.Corpus;

namespace Playbooks.Benchmarks.Corpora;

/// <summary>
/// A knowledge base to measure: the bundled playbooks, or a synthetic corpus of a given size generated once into a
/// cache folder under the system temp directory and reused by later runs. Index files live in the cache too, never
/// in the repository.
/// </summary>
internal sealed record BenchCorpus(string Name, int? Size)
{
    public const int Seed = 42;

    /// <summary>Environment variable that adds the 100k corpus to the default sets (it takes minutes to generate and index here).</summary>
    public const string Include100kVariable = "PLAYBOOKS_BENCH_100K";

    public static BenchCorpus Bundled { get; } = new("bundled", null);

    public static string CacheRoot { get; } =
        Environment.GetEnvironmentVariable("PLAYBOOKS_BENCH_CACHE") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Path.GetTempPath(), "playbooks-bench");

    public static bool Include100k => Environment.GetEnvironmentVariable(Include100kVariable) is "1" or "true";

    /// <summary>Environment variable naming the query corpora explicitly, comma-separated (bundled,10k).</summary>
    public const string CorporaVariable = "PLAYBOOKS_BENCH_CORPORA";

    /// <summary>
    /// <see cref="CorporaVariable"/> when set; otherwise bundled, 1k, 10k, and 100k when <see cref="Include100kVariable"/>
    /// is set. An environment variable because BenchmarkDotNet evaluates parameter sources in its own processes.
    /// </summary>
    public static IReadOnlyList<string> DefaultQueryCorpora =>
        Environment.GetEnvironmentVariable(CorporaVariable) is { Length: > 0 } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : Include100k ? ["bundled", "1k", "10k", "100k"] : ["bundled", "1k", "10k"];

    /// <summary>"bundled", or a size: 1000, 1k, 10k, 100k.</summary>
    /// <exception cref="ArgumentException">Neither.</exception>
    public static BenchCorpus Parse(string name)
    {
        var text = name.Trim().ToLowerInvariant();
        if (text == "bundled")
            return Bundled;
        var multiplier = text.EndsWith('k') ? 1000 : 1;
        if (int.TryParse(text.TrimEnd('k'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
            return Synthetic(n * multiplier);
        throw new Modes.ModeOptions.UsageException($"Unknown corpus '{name}': use bundled, or a size such as 1k, 10k, 100k, 5000.");
    }

    public static BenchCorpus Synthetic(int size) =>
        new(size % 1000 == 0 ? $"{size / 1000}k" : size.ToString(CultureInfo.InvariantCulture), size);

    /// <summary>The knowledge-base folder; for synthetic corpora, named after the generator's output so a changed generator regenerates.</summary>
    public string Folder => Size is { } size
        ? Path.Combine(CacheRoot, $"synthetic-{size}-seed{Seed}-{GeneratorFingerprint.Value}")
        : RepositoryPaths.BundledPlaybooks;

    /// <summary>An index file for this corpus; <paramref name="purpose"/> keeps concurrent uses apart (query, build, cli).</summary>
    public string IndexPath(string purpose) =>
        Path.Combine(CacheRoot, "index", $"{Path.GetFileName(Folder)}-{purpose}.sqlite");

    /// <summary>Makes sure the corpus exists, generating it if needed; returns its folder.</summary>
    public string Ensure(TextWriter? log = null)
    {
        if (Size is not { } size)
            return Folder;
        var marker = Path.Combine(Folder, ".complete");
        if (File.Exists(marker))
            return Folder;

        log?.WriteLine($"Generating {size:N0} synthetic playbooks into {Folder} …");
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true); // a half-written corpus from an interrupted run
        var clock = Stopwatch.StartNew();
        SyntheticCorpus.Generate(Folder, size, Seed);
        File.WriteAllText(marker, size.ToString(CultureInfo.InvariantCulture));
        log?.WriteLine($"  done in {clock.Elapsed.TotalSeconds:F1} s");
        return Folder;
    }

    public override string ToString() => Name;

    // A hash of the first playbooks' text: cheap, and changes whenever the generator or its vocabulary does.
    private static readonly Lazy<string> GeneratorFingerprint = new(() =>
    {
        var text = string.Concat(SyntheticCorpus.Compose(5, Seed).Select(p => p.Text));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10];
    });
}
