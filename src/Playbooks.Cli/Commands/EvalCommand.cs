using System.CommandLine;
using Playbooks.Cli.Help;
using Playbooks.Cli.Output;
using Playbooks.Cli.Output.Layout;
using Playbooks.Search.Evaluation;
using Spectre.Console;

namespace Playbooks.Cli.Commands;

/// <summary><c>playbooks eval queries.tsv</c>: ranking quality on a labelled query set (MRR@10, Recall@1/3/5, nDCG@10).</summary>
internal static class EvalCommand
{
    public static Command Create(CliEnvironment env)
    {
        var file = new Argument<string>("queries.tsv") { Description = "查询集：qid<Tab>查询<Tab>预案id:2,预案id:1" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "逐条列出未排在第一的查询及排在它前面的预案" };
        var json = CliOptions.Json();
        var command = new Command("eval", "用标注好的查询集评估检索质量") { file, verbose, json };
        command.WithExamples(
            new HelpExample("playbooks eval tests/queries/team-queries.tsv --verbose"));
        command.SetAction(parse =>
        {
            var queries = QuerySet.Load(Path.GetFullPath(parse.GetValue(file)!, env.CurrentDirectory));
            using var engine = EngineSession.Open(parse, env);
            WarnAboutUnknownIds(env, parse.GetValue(file)!, UnknownLabels.Find(queries, engine.Ids()));
            var report = Evaluator.Run(queries, q => engine.Search(q, Evaluator.Depth).Results.Select(r => r.Id).ToList());

            if (parse.GetValue(json))
            {
                JsonOutput.Write(env, new
                {
                    queries = report.Queries,
                    mrr10 = report.Mrr10,
                    recall1 = report.RecallAt1,
                    recall3 = report.RecallAt3,
                    recall5 = report.RecallAt5,
                    ndcg10 = report.Ndcg10,
                    misses = report.Outcomes.Where(o => o.IsMiss).Select(o => new { qid = o.Query.Id, query = o.Query.Text, rank = o.FirstRelevantRank, ranked = o.Ranked }),
                });
                return CliApp.ExitOk;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("指标").AddColumn(new TableColumn("数值").RightAligned());
            table.AddRow("查询数", report.Queries.ToString());
            table.AddRow("MRR@10", $"{report.Mrr10:0.000}");
            table.AddRow("Recall@1", $"{report.RecallAt1:0.000}");
            table.AddRow("Recall@3", $"{report.RecallAt3:0.000}");
            table.AddRow("Recall@5", $"{report.RecallAt5:0.000}");
            table.AddRow("nDCG@10", $"{report.Ndcg10:0.000}");
            env.Console.Write(table);

            if (parse.GetValue(verbose))
            {
                foreach (var miss in report.Outcomes.Where(o => o.IsMiss))
                {
                    var expected = string.Join(",", miss.Query.Relevant.Select(r => $"{r.Key}:{r.Value}"));
                    var rank = miss.FirstRelevantRank == 0 ? "未进前 10" : $"排第 {miss.FirstRelevantRank}";
                    // Wrapped the Chinese way (Spectre alone breaks only at spaces and cuts ids at the edge).
                    env.Console.WrappedLine(Markup.Escape($"[{miss.Query.Id}] {miss.Query.Text}"));
                    env.Console.WrappedLine(Markup.Escape($"    应为 {expected}，{rank}；排在前面的：{string.Join("、", miss.Ranked.TakeWhile(id => !miss.Query.Relevant.ContainsKey(id)).Take(5))}"), hangingIndent: 4);
                }
                if (report.Outcomes.All(o => !o.IsMiss))
                    env.Console.MarkupLine("所有查询的首条结果都正确。");
            }
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>One stderr line per label no playbook has; the run goes on (the query counts, its label never ranks).</summary>
    private static void WarnAboutUnknownIds(CliEnvironment env, string file, IReadOnlyList<UnknownLabel> unknown)
    {
        foreach (var label in unknown)
        {
            var closest = label.Closest.Count > 0 ? $"最接近的 id：{string.Join("、", label.Closest)}" : "用 playbooks list 查看全部 id";
            env.Error.WriteLine($"警告：{file}:{label.Line}: 查询 {label.QueryId} 的相关预案“{label.Id}”在知识库里不存在 — {closest}");
        }
        if (unknown.Count > 0)
            env.Error.WriteLine($"  这 {unknown.Count} 个 id 永远不会被检索到，相关查询的得分会偏低；改正查询集里的 id 后再运行。");
    }
}
