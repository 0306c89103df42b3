using Playbooks.Search.Querying;
using Spectre.Console;

namespace Playbooks.Cli.Output;

/// <summary>The terminal view of <c>playbooks analyze</c>: one table of words, then one line per other stage.</summary>
internal static class AnalysisView
{
    public static void Write(CliEnvironment env, AnalysisPreview preview)
    {
        var console = env.Console;
        if (preview.Normalized != preview.Text)
            console.MarkupLine($"[bold]规范化[/]  {Markup.Escape(preview.Normalized)}");
        var table = new Table().Border(TableBorder.Rounded).AddColumn("#").AddColumn("词").AddColumn("来源").AddColumn("检索用词").AddColumn("位置");
        for (var i = 0; i < preview.Words.Count; i++)
        {
            var w = preview.Words[i];
            table.AddRow((i + 1).ToString(), Markup.Escape(w.Text), OriginName(w.Origin), Markup.Escape(w.Term == w.Text ? "" : "→ " + w.Term), $"{w.Start}–{w.End}");
        }
        if (preview.Words.Count == 0)
            table.AddRow("", "（没有可检索的词）", "", "", "");
        console.Write(table);
        if (preview.English.Count > 0)
            Line(console, "英文对照", string.Join("  ", preview.English.Select(g => $"{g.From} → {g.To}")));
        Line(console, "停用词", preview.StopWords.Count == 0 ? "（无）" : string.Join(" ", preview.StopWords));
        Line(console, "同义词", preview.Synonyms.Count == 0 ? "（无）" : string.Join("  ", preview.Synonyms.Select(s => $"{s.From} → {s.To}")));
        Line(console, "二元组", preview.Bigrams.Count == 0 ? "（无）" : string.Join(" ", preview.Bigrams));
        Line(console, "拼音", preview.Pinyin.Count == 0 ? "（无）" : string.Join(" ", preview.Pinyin));
        if (preview.Query is { } query)
        {
            if (query.Reduced.Count > 0)
                Line(console, "降权", string.Join("  ", query.Reduced.Select(r => $"{r.Term}（{ReasonName(r.Reason)} ×{r.Weight:0.##}）")));
            if (query.SoundLookups.Count > 0)
                Line(console, "按读音查", string.Join("  ", query.SoundLookups.Select(SoundLookupText)));
        }
        // One short line per origin: a terminal of 80 columns wraps a long line at its only spaces, mid-sentence.
        console.MarkupLine("[grey]来源：词表 = lexicon/ 里的词；分词器 = ICU 分词；[/]");
        console.MarkupLine("[grey]学到的词 = 从本预案库的标签、加粗、标题和高频词组自动学到；[/]");
        console.MarkupLine("[grey]英文对照 = 词表 english.txt 里英文词对应的中文词。[/]");
    }

    public static string OriginName(WordOrigin origin) => origin switch
    {
        WordOrigin.Lexicon => "词表",
        WordOrigin.Learned => "学到的词",
        WordOrigin.English => "英文对照",
        _ => "分词器",
    };

    private static string ReasonName(ReductionReason reason) => reason switch
    {
        ReductionReason.SingleCharacter => "单字",
        _ => "跨词二元组",
    };

    /// <summary>退宽 → tuikuan → 退款: what was looked up by sound and what of this knowledge base it met.</summary>
    private static string SoundLookupText(SoundLookup lookup)
    {
        var from = lookup.From == lookup.Pinyin ? lookup.From : $"{lookup.From} → {lookup.Pinyin}";
        return lookup.Matches.Count == 0 ? $"{from}（预案库里没有同音的词）" : $"{from} → {string.Join("/", lookup.Matches)}";
    }

    private static void Line(IAnsiConsole console, string label, string value) =>
        console.MarkupLine($"[bold]{label}[/]  {Markup.Escape(value)}");
}
