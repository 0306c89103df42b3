using System.Globalization;
using Playbooks.Benchmarks.Corpora;
using Playbooks.Core.Parsing;
using Playbooks.Search.Analysis;
using Playbooks.Search.Documents;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Vocabulary;

namespace Playbooks.Benchmarks.Modes;

/// <summary>
/// <c>learning-sample</c>: what learning from a sample (<see cref="LearningSample"/>) changes. Learns the words of a
/// corpus (a synthetic size, <c>bundled</c>, or any folder via <c>--folder</c>) from all of its text, then with the
/// cap forced to each <c>--fractions</c> share of the text (default 0.5,0.25) and at the default cap; prints each
/// run's process CPU and allocation, the Jaccard overlap with the unsampled words (all words and statistical ones), and
/// the words that differ.
/// </summary>
internal static class LearningSampleMode
{
    public static int Run(string[] args)
    {
        var options = new ModeOptions(args);
        var folder = options.Value("--folder") is { } given ? Path.GetFullPath(given)
            : BenchCorpus.Parse(options.Value("--corpus") ?? "3000").Ensure(Console.Out);
        var fractions = (options.Value("--fractions") ?? "0.5,0.25").Split(',')
            .Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToList();
        var shown = options.Int("--show", 40);
        var files = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}lexicon{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        var parser = new PlaybookParser();
        var stored = files.Select(f => parser.Parse(f, File.ReadAllBytes(f)).Playbook)
            .Where(p => p is not null && p.Kind == Core.Model.PlaybookKind.Playbook)
            .Select(p => FieldExtractor.Extract(p!, Path.GetRelativePath(folder, p!.Path))).ToList();
        var characters = stored.Sum(LearningSample.CharactersOf);
        using var analyzer = new Analyzer(LexiconLoader.Load(folder, TextNormalizer.Shared));
        Console.WriteLine($"learning-sample: {folder} ({stored.Count:N0} playbooks, {characters:N0} characters), default cap {LearningSample.DefaultCharacterCap:N0}, load {QuickMode.LoadAverage()}");

        Measure("warm-up (JIT)", (long)(characters * fractions.Min()));
        var full = Measure("all text", long.MaxValue);
        Console.WriteLine("| sample | playbooks | share of text | CPU ms | allocated MB | words | statistical | Jaccard (all) | Jaccard (statistical) | only unsampled | only sampled |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Print(full, full);
        var runs = fractions.Select(f => Measure($"{f:P0} of the text", (long)(characters * f))).ToList();
        if (characters > LearningSample.DefaultCharacterCap)
            runs.Add(Measure("default cap", LearningSample.DefaultCharacterCap));
        foreach (var run in runs)
            Print(run, full);
        foreach (var run in runs)
        {
            var lost = full.Words.Except(run.Words).Order(StringComparer.Ordinal).ToList();
            var gained = run.Words.Except(full.Words).Order(StringComparer.Ordinal).ToList();
            Console.WriteLine($"{run.Name}: only unsampled ({lost.Count}): {string.Join(" ", lost.Take(shown))}{(lost.Count > shown ? " …" : "")}");
            Console.WriteLine($"{run.Name}: only sampled ({gained.Count}): {string.Join(" ", gained.Take(shown))}{(gained.Count > shown ? " …" : "")}");
        }
        return 0;

        Result Measure(string name, long cap)
        {
            var sample = LearningSample.Of(stored, cap);
            var cpu = CpuTime.Process() ?? 0;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var words = VocabularyLearner.Learn(stored, analyzer, characterCap: cap);
            return new Result(name, sample.Playbooks.Count, sample.Fraction, (CpuTime.Process() ?? 0) - cpu,
                (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6,
                words.Select(w => w.Word).ToHashSet(StringComparer.Ordinal),
                words.Where(w => w.Source == WordSource.Statistics).Select(w => w.Word).ToHashSet(StringComparer.Ordinal));
        }

        void Print(Result run, Result reference) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {run.Name} | {run.Playbooks:N0} | {run.Fraction:P1} | {run.CpuMs:F0} | {run.AllocatedMb:F0} | {run.Words.Count} | {run.Statistical.Count} | {Jaccard(run.Words, reference.Words):F3} | {Jaccard(run.Statistical, reference.Statistical):F3} | {reference.Words.Except(run.Words).Count()} | {run.Words.Except(reference.Words).Count()} |"));
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 1 : (double)a.Intersect(b).Count() / a.Union(b).Count();

    private sealed record Result(string Name, int Playbooks, double Fraction, double CpuMs, double AllocatedMb,
        HashSet<string> Words, HashSet<string> Statistical);
}
