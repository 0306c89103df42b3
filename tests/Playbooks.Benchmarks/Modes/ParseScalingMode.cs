using System.Diagnostics;
using System.Globalization;
using System.Text;
using Playbooks.Benchmarks.Parsing;
using Playbooks.Core.Parsing;
using Playbooks.Search.Documents;
using Playbooks.Site.Content;
using Playbooks.Site.Markdown;

namespace Playbooks.Benchmarks.Modes;

/// <summary>
/// <c>parse-scaling</c>: time to parse one playbook file against its size (64 KiB … 1 MiB), for ordinary text and for
/// each pattern of <see cref="PathologicalInputs"/>, in the stages every command runs over a file: the parser (lint,
/// list, show, stale, and the first step of indexing), field extraction for the index (Markdown → plain text), and the
/// site's HTML. Linear parsing shows as times that double with the size; the last column is 1 MiB's time over
/// 64 KiB's (16 when linear). The figures are CPU time of the measuring thread (all stages are single-threaded), so
/// they are comparable across machine loads; wall time where CPU time is not available (off Linux).
/// </summary>
internal static class ParseScalingMode
{
    private static readonly int[] DefaultSizesKiB = [64, 128, 256, 512, 1024];

    public static int Run(string[] args)
    {
        var options = new ModeOptions(args);
        var runs = options.Int("--runs", 3);
        var sizes = options.List("--sizes", DefaultSizesKiB.Select(s => s.ToString(CultureInfo.InvariantCulture)).ToList())
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture) * 1024).ToList();
        // A stage slower than this at one size is not timed at the larger ones (a quadratic stage would take minutes).
        var giveUp = TimeSpan.FromSeconds(options.Double("--give-up-seconds", 10));
        var patterns = options.Value("--patterns") is { } only
            ? PathologicalInputs.Patterns.Where(p => only.Split(',').Any(o => p.Key.Contains(o, StringComparison.Ordinal))).ToList()
            : PathologicalInputs.Patterns.ToList();

        Console.WriteLine($"parse-scaling: .NET {Environment.Version}, thread CPU time, mean of at least {runs} runs and 200 ms, load {QuickMode.LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| input | stage | " + string.Join(" | ", sizes.Select(Size)) + " | 1 MiB / 64 KiB |");
        Console.WriteLine("|---|---|" + string.Concat(sizes.Select(_ => "---:|")) + "---:|");

        var parser = new PlaybookParser();
        Warm(parser);
        foreach (var (name, pattern) in patterns)
        {
            foreach (var (stage, run) in Stages(parser))
            {
                var times = new List<double?>();
                var stop = false;
                foreach (var size in sizes)
                {
                    if (stop)
                    {
                        times.Add(null);
                        continue;
                    }
                    var bytes = Encoding.UTF8.GetBytes(PathologicalInputs.Build(pattern, size));
                    var mean = Time(() => run(bytes), runs);
                    times.Add(mean);
                    stop = mean > giveUp.TotalMilliseconds;
                }
                var ratio = times[0] is { } first && times[^1] is { } last ? (last / Math.Max(first, 0.001)).ToString("0.0", CultureInfo.InvariantCulture) : "—";
                Console.WriteLine($"| {name} | {stage} | " + string.Join(" | ", times.Select(Milliseconds)) + $" | {ratio} |");
            }
        }
        return 0;
    }

    /// <summary>Each stage starts from the file's bytes, as the commands do.</summary>
    private static IEnumerable<(string Name, Action<byte[]> Run)> Stages(PlaybookParser parser)
    {
        yield return ("parse", bytes => parser.Parse("p.md", bytes));
        yield return ("parse + index fields", bytes =>
        {
            if (parser.Parse("p.md", bytes).Playbook is { } playbook)
                FieldExtractor.Extract(playbook, "p.md");
        });
        yield return ("parse + site HTML", bytes =>
        {
            if (parser.Parse("p.md", bytes).Playbook is not { } playbook)
                return;
            Summaries.Of(playbook);
            foreach (var section in playbook.Sections)
                SafeMarkdown.ToHtml(section.Markdown);
        });
    }

    private static void Warm(PlaybookParser parser)
    {
        var bytes = Encoding.UTF8.GetBytes(PathologicalInputs.Build(PathologicalInputs.Patterns["normal text"], 16 * 1024));
        foreach (var (_, run) in Stages(parser))
            for (var i = 0; i < 3; i++)
                run(bytes);
    }

    /// <summary>
    /// Mean time per run: at least <paramref name="runs"/> runs and at least 200 ms of time in all, because the thread
    /// CPU clock ticks in milliseconds on some kernels and one fast run would read as 0.
    /// </summary>
    private static double Time(Action action, int runs)
    {
        var clock = Stopwatch.StartNew();
        var cpu = CpuTime.CurrentThread();
        var count = 0;
        double spent;
        do
        {
            action();
            count++;
            spent = CpuTime.CurrentThread() - cpu ?? clock.Elapsed.TotalMilliseconds;
        }
        while (count < runs || spent < 200 && clock.Elapsed < TimeSpan.FromSeconds(20));
        return spent / count;
    }

    private static string Size(int bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1024 / 1024} MiB" : $"{bytes / 1024} KiB";

    private static string Milliseconds(double? ms) => ms switch
    {
        null => "(skipped)",
        >= 1000 => (ms.Value / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " s",
        _ => ms.Value.ToString("0.0", CultureInfo.InvariantCulture) + " ms",
    };
}
