using System.Text;
using Playbooks.Cli.Output.Layout;
using Playbooks.Search.Querying;
using Spectre.Console;
using Spectre.Console.Rendering;
using Playbooks.Search.Documents;

namespace Playbooks.Cli.Output;

/// <summary>Search results for a person mid-incident: ranked list with snippets, then the handling of the top hit (steps in full, or the start of its paragraphs).</summary>
internal static class SearchView
{
    private const int BarWidth = 10;

    /// <summary>What sits under a result's title (facts, snippets): aligned with the title after "1. ".</summary>
    private const string Indent = "   ";

    public static void Write(CliEnvironment env, SearchResponse response)
    {
        var console = env.Console;
        var color = env.ColorEnabled;
        if (response.Results.Count == 0)
        {
            console.WrappedLine(Markup.Escape($"没有找到与“{Shorten(response.Query, 40)}”匹配的预案。"));
            WriteSuggestions(console);
            return;
        }
        if (response.Weak)
        {
            console.WrappedLine(Markup.Escape("没有找到明显匹配的预案，以下结果仅供参考。"));
            WriteSuggestions(console);
            console.WriteLine();
        }

        // The best score, not the first: drafts rank after written playbooks whatever their score.
        var top = response.Results.Max(r => r.Score);
        for (var i = 0; i < response.Results.Count; i++)
        {
            var hit = response.Results[i];
            var filled = top > 0 ? (int)Math.Round(BarWidth * hit.Score / top) : 0;
            var bar = new string('█', filled) + new string('░', BarWidth - filled);
            var title = Markup.Escape(hit.Title) + (hit.Draft ? " [yellow]（草稿）[/]" : "");
            console.HangingLine($"{(color ? "[bold]" : "")}{i + 1}. {(color ? "[/]" : "")}",
                $"{(color ? "[bold]" : "")}{title}{(color ? "[/]" : "")}  {(color ? "[green]" : "")}{bar}{(color ? "[/]" : "")}");
            var facts = new List<string> { Markup.Escape(hit.Id) };
            if (hit.Category.Length > 0)
                facts.Add(Markup.Escape(hit.Category));
            if (hit.SeverityText is { } severity)
                facts.Add("严重程度 " + (color ? SeverityColour(hit.Severity, severity) : Markup.Escape(severity)));
            console.HangingLine(Indent, string.Join(" · ", facts));
            foreach (var snippet in hit.Snippets)
                console.HangingLine($"{Indent}{(color ? "[grey]" : "")}{Markup.Escape(snippet.Section)}：{(color ? "[/]" : "")}", Highlight(snippet, color));
            if (response.Explain?.FirstOrDefault(e => e.Id == hit.Id) is { } explanation)
                WriteExplanation(console, explanation, color);
            console.WriteLine();
        }

        var best = response.HandlingSource ?? response.Results[0];
        if (best != response.Results[0])
            console.WrappedLine(Markup.Escape($"首条结果还没有处理步骤，下面是第 {IndexOf(response, best) + 1} 条“{best.Title}”的处理方法："));
        if (best.HasHandling)
        {
            // Each step hangs under its own text, so the role label (场控（1 分钟内）) opens the step it belongs to;
            // paragraphs keep their lines, under a note that they are not steps to tick off.
            IEnumerable<IRenderable> lines = best.HandlingSteps.Count > 0
                ? best.HandlingSteps.Select((step, i) => WrappedText.Hanging($"{i + 1}. ", Terminal(step)))
                : [WrappedText.Hanging("", $"{(color ? "[grey]" : "")}{Markup.Escape(HandlingExcerpt.Note)}{(color ? "[/]" : "")}"),
                    .. best.HandlingText!.Split('\n').Select(line => WrappedText.Hanging("", Terminal(line)))];
            console.Write(new Panel(new Rows(lines))
            {
                Header = new PanelHeader(color ? $" [bold green]处理方法：{Markup.Escape(best.Title)}[/] " : $" 处理方法：{Markup.Escape(best.Title)} "),
                Border = BoxBorder.Rounded,
                Expand = true,
            });
        }
        // No-break spaces keep "（用时 12.3 ms）" on one line; ordinary spaces would let the number and its unit part.
        console.WrappedLine(Markup.Escape($"查看全文：playbooks show {best.Id}    （用时\u00a0{response.TookMs:0.#}\u00a0ms）"));
    }

    private static string Terminal(string text) => Markup.Escape(PlaybookView.ForTerminal(text).Replace("\n", " "));

    private static readonly Dictionary<string, string> RepresentationNames = new()
    {
        ["word"] = "词",
        ["bigram"] = "二元组",
        ["pinyin"] = "拼音",
    };

    /// <summary>One line per matched term: representation, fields, and its score before fusion.</summary>
    private static void WriteExplanation(IAnsiConsole console, HitExplanation explanation, bool color)
    {
        console.WrappedLine($"{Indent}{(color ? "[grey]" : "")}命中明细（融合前得分）：{(color ? "[/]" : "")}", Indent.Length);
        foreach (var term in explanation.Terms.Take(12))
        {
            var fields = string.Join("、", term.Fields.Select(Playbooks.Search.Documents.IndexedFields.ChineseName));
            var kind = RepresentationNames.GetValueOrDefault(term.Representation, term.Representation);
            console.HangingLine(Indent + "  ", Markup.Escape($"{term.Term}（{kind}）  {term.Score,6:0.000}  {fields}"));
        }
        if (explanation.Terms.Count > 12)
            console.HangingLine(Indent + "  ", Markup.Escape($"……另有 {explanation.Terms.Count - 12} 个词，完整明细见 --json"));
        if (explanation.Folder is { } folder)
            console.HangingLine(Indent + "  ", Markup.Escape(FolderLine(folder)));
    }

    /// <summary>
    /// The folder's part of the final score (Ranking/FolderSmoothing): 同目录平滑 +0.031（占最终得分 5.2%）：同目录最好 3 条的均分
    /// 0.310 × 0.1，本条融合得分 0.620 × 0.9.
    /// </summary>
    internal static string FolderLine(FolderContribution folder)
    {
        var final = (1 - folder.Share) * folder.Fused + folder.Score;
        var percent = final > 0 ? $"（占最终得分 {100 * folder.Score / final:0.#}%）" : "";
        return $"同目录平滑  +{folder.Score:0.000}{percent}：同目录最好 {folder.Members} 条的均分 {folder.FolderMean:0.000} × {folder.Share:0.##}，"
            + $"本条融合得分 {folder.Fused:0.000} × {1 - folder.Share:0.##}";
    }

    private static void WriteSuggestions(IAnsiConsole console)
    {
        console.WrappedLine(Markup.Escape("可以试试：写下看到的现象（如“刷屏”“要求退款”“冒充客服”“直播中断”），去掉人名、时间等细节；"));
        console.WrappedLine(Markup.Escape("或用 `playbooks list` 浏览全部预案。"));
    }

    private static string Highlight(Snippet snippet, bool color)
    {
        if (!color || snippet.Highlights.Count == 0)
            return Markup.Escape(snippet.Text);
        var builder = new StringBuilder();
        var at = 0;
        foreach (var h in snippet.Highlights.OrderBy(h => h[0]))
        {
            if (h[0] < at || h[0] + h[1] > snippet.Text.Length)
                continue;
            builder.Append(Markup.Escape(snippet.Text[at..h[0]]));
            builder.Append("[bold yellow]").Append(Markup.Escape(snippet.Text.Substring(h[0], h[1]))).Append("[/]");
            at = h[0] + h[1];
        }
        builder.Append(Markup.Escape(snippet.Text[at..]));
        return builder.ToString();
    }

    private static int IndexOf(SearchResponse response, SearchHit hit) =>
        response.Results.Select((r, i) => (r, i)).First(x => ReferenceEquals(x.r, hit)).i;

    /// <summary>Coloured by the canonical level, labelled as the team wrote it (<c>P0</c> in white on red).</summary>
    private static string SeverityColour(string? level, string text) => level switch
    {
        "严重" => $"[bold white on red] {Markup.Escape(text)} [/]",
        "高" => $"[bold red]{Markup.Escape(text)}[/]",
        "中" => $"[yellow]{Markup.Escape(text)}[/]",
        "低" => $"[green]{Markup.Escape(text)}[/]",
        _ => $"[grey]{Markup.Escape(text)}[/]",
    };

    private static string Shorten(string text, int max)
    {
        text = text.ReplaceLineEndings(" ").Trim();
        return text.Length <= max ? text : text[..max] + "…";
    }
}
