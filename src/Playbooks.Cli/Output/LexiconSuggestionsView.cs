using Playbooks.Search.Vocabulary;
using Spectre.Console;

namespace Playbooks.Cli.Output;

/// <summary>The terminal view of <c>playbooks lexicon suggest</c>: two evidence tables, then the lines to paste.</summary>
internal static class LexiconSuggestionsView
{
    public static void Write(CliEnvironment env, LexiconSuggestions suggestions, string lexiconFolder)
    {
        var console = env.Console;
        var words = new Table().Border(TableBorder.Rounded).Title("候选词").AddColumn("词").AddColumn("来源").AddColumn("次数").AddColumn("预案数").AddColumn("例句");
        foreach (var w in suggestions.Words)
            words.AddRow(Markup.Escape(w.Word), w.Source.ChineseName(), w.Count.ToString(), w.Documents.ToString(), Markup.Escape(Examples(w.Examples)));
        console.Write(words);
        var synonyms = new Table().Border(TableBorder.Rounded).Title("候选同义词组").AddColumn("同义词").AddColumn("依据").AddColumn("次数").AddColumn("例句");
        foreach (var s in suggestions.Synonyms)
            synonyms.AddRow(Markup.Escape(string.Join(" ", s.Words)), s.Reason == "side-by-side" ? "中英对照" : "标签写法相近", s.Count.ToString(), Markup.Escape(Examples(s.Examples)));
        if (suggestions.Synonyms.Count == 0)
            synonyms.AddRow("（无）", "", "", "");
        console.Write(synonyms);

        // The snippets go to stdout unstyled, so they can be copied or redirected as they are.
        env.Out.WriteLine();
        env.Out.WriteLine($"# 检索已经在使用上面的候选词；确认后可粘贴到 {lexiconFolder}/words.txt 永久保留（删去不要的行）：");
        foreach (var w in suggestions.Words)
            env.Out.WriteLine(w.Word);
        env.Out.WriteLine();
        env.Out.WriteLine($"# 确认是同义词后粘贴到 {lexiconFolder}/synonyms.txt（每行一组，第一个词是归并后的标准词）：");
        foreach (var s in suggestions.Synonyms)
            env.Out.WriteLine(string.Join(" ", s.Words));
        env.Out.Flush();
    }

    private static string Examples(IReadOnlyList<Evidence> examples) =>
        string.Join("\n", examples.Select(e => $"{e.Path}:{e.Line}  {Shorten(e.Text)}"));

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
