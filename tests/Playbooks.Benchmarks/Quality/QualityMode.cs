using System.Globalization;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Util;
using Playbooks.Benchmarks.Modes;
using Playbooks.Search.Evaluation;

namespace Playbooks.Benchmarks.Quality;

/// <summary>
/// <c>quality</c>: our engine and the Lucene.Net baselines side by side on every labelled query set, one
/// Markdown table (the README's). Sets: <c>--set name=queries.tsv[+more.tsv]@folder</c> (repeatable; default: dev,
/// team, the second corpus and the third, tuning corpus). Systems: <c>--systems ours,smartcn,smartcn-single,jieba,jieba-single,ours+smartcn,ours+smartcn-half,ours+prf</c>.
/// <c>--diff</c> lists the queries where a baseline ranks the right playbook higher than we do; <c>--misses</c> every query whose answer our engine (and each <c>ours+…</c> experiment) does not rank first.
/// </summary>
internal static class QualityMode
{
    private const int Depth = Evaluator.Depth;

    private static readonly IReadOnlyList<RankingSystemFactory> AllSystems =
    [
        new("ours", kb => new OurEngine(kb)),
        new("smartcn", kb => new LuceneBaseline(kb, new SmartChineseAnalyzer(LuceneVersion.LUCENE_48), LuceneLayout.Fielded)),
        new("smartcn-single", kb => new LuceneBaseline(kb, new SmartChineseAnalyzer(LuceneVersion.LUCENE_48), LuceneLayout.SingleField)),
        new("jieba", kb => new LuceneBaseline(kb, new JiebaAnalyzer(), LuceneLayout.Fielded)),
        new("jieba-single", kb => new LuceneBaseline(kb, new JiebaAnalyzer(), LuceneLayout.SingleField)),
        new("ours+smartcn", kb => new RankFusion(new OurEngine(kb),
            new LuceneBaseline(kb, new SmartChineseAnalyzer(LuceneVersion.LUCENE_48), LuceneLayout.SingleField), 1.0)),
        new("ours+smartcn-half", kb => new RankFusion(new OurEngine(kb),
            new LuceneBaseline(kb, new SmartChineseAnalyzer(LuceneVersion.LUCENE_48), LuceneLayout.SingleField), 0.5)),
        new("ours+prf", kb => new PseudoRelevanceFeedback(kb)),
        new("ours+psg", kb => new PassageEvidence(kb)),
        new("ours+sdm", kb => new ProximityEvidence(kb)),
        new("ours+bm25f", kb => new FieldNormalisation(kb)),
    ];

    private static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        ["ours"] = "Playbooks (this repository)",
        ["smartcn"] = "Lucene.Net SmartCn BM25, our fields and boosts",
        ["smartcn-single"] = "Lucene.Net SmartCn BM25, one field",
        ["jieba"] = "Lucene.Net + jieba.NET BM25, our fields and boosts",
        ["jieba-single"] = "Lucene.Net + jieba.NET BM25, one field",
        ["ours+smartcn"] = "Ours fused with SmartCn one field (RRF, equal weight)",
        ["ours+smartcn-half"] = "Ours fused with SmartCn one field (RRF, half weight)",
        ["ours+prf"] = "Ours with RM3-style pseudo-relevance feedback (experiment)",
        ["ours+psg"] = "Ours with passage-level evidence (experiment)",
        ["ours+sdm"] = "Ours with sequential-dependence term-pair proximity (experiment)",
        ["ours+bm25f"] = "Ours re-scored by BM25F with per-field length normalisation (experiment)",
    };

    public static int Run(string[] args)
    {
        var options = new ModeOptions(args, "--diff", "--misses");
        var sets = options.All("--set") is { Count: > 0 } specs
            ? specs.Select(QualitySet.Parse).ToList()
            : QualitySet.Defaults(Console.Error);
        var names = options.List("--systems", ["ours", "smartcn", "smartcn-single"]);
        var systems = names.Select(n => AllSystems.FirstOrDefault(s => s.Name == n)
            ?? throw new ModeOptions.UsageException($"Unknown system '{n}'; known: {string.Join(", ", AllSystems.Select(s => s.Name))}")).ToList();

        Console.WriteLine("| set | queries | system | MRR@10 | R@1 | R@3 | R@5 | nDCG@10 |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var set in sets)
        {
            var reports = new Dictionary<string, EvaluationReport>();
            foreach (var system in systems)
            {
                using var built = system.Build(set.KnowledgeBase);
                var report = Evaluator.Run(set.Queries, q => built.Rank(q, Depth));
                reports[system.Name] = report;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {set.Name} | {report.Queries} | {Descriptions[system.Name]} | {report.Mrr10:0.000} | {report.RecallAt1:0.000} | {report.RecallAt3:0.000} | {report.RecallAt5:0.000} | {report.Ndcg10:0.000} |"));
            }
            if (options.Flag("--diff") && reports.TryGetValue("ours", out var ours))
                foreach (var (name, other) in reports.Where(r => r.Key != "ours"))
                    PrintWins(set.Name, name, ours, other);
            if (options.Flag("--misses"))
                foreach (var (name, report) in reports.Where(r => r.Key.StartsWith("ours", StringComparison.Ordinal)))
                    PrintMisses(set.Name, name, report);
        }
        return 0;
    }

    /// <summary>Every query whose first relevant playbook is not ranked first by our engine (a tuning aid).</summary>
    private static void PrintMisses(string set, string system, EvaluationReport ours)
    {
        foreach (var outcome in ours.Outcomes.Where(o => o.FirstRelevantRank != 1))
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{set}] {system} ranks it {(outcome.FirstRelevantRank == 0 ? "miss" : outcome.FirstRelevantRank)}: {outcome.Query.Id} {outcome.Query.Text} → {string.Join(" ", outcome.Ranked.Take(3))}"));
    }

    private static void PrintWins(string set, string system, EvaluationReport ours, EvaluationReport other)
    {
        foreach (var (mine, theirs) in ours.Outcomes.Zip(other.Outcomes))
            if (theirs.ReciprocalRank > mine.ReciprocalRank)
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{set}] {system} ranks better ({theirs.FirstRelevantRank} vs {(mine.FirstRelevantRank == 0 ? "miss" : mine.FirstRelevantRank)}): {mine.Query.Id} {mine.Query.Text} → ours: {string.Join(" ", mine.Ranked.Take(3))}"));
    }
}
