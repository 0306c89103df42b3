using System.Text.RegularExpressions;
using Playbooks.Cli.Output.Layout;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Playbooks.Cli.Output;

/// <summary>A playbook in the terminal: a header with its facts, then each section as its own panel.</summary>
internal static partial class PlaybookView
{
    public static void Write(IAnsiConsole console, Playbook playbook)
    {
        var facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        // Values wrap Chinese-aware in their own column, so a long tag list continues under the tags, not under 标签.
        void Fact(string label, string markup) => facts.AddRow(new Markup($"[grey]{label}[/]"), new WrappedText(markup));
        Fact("id", Markup.Escape(playbook.Id));
        if (playbook.Category.Length > 0)
            Fact("分类", Markup.Escape(playbook.Category));
        if (playbook.SeverityText is not null)
            Fact("严重程度", SeverityMarkup(playbook));
        if (playbook.Tags.Count > 0)
            Fact("标签", Markup.Escape(string.Join("、", playbook.Tags)));
        if (playbook.Owner.Length > 0)
            Fact("负责人", Markup.Escape(playbook.Owner));
        if (playbook.Updated is { } updated)
            Fact("更新", $"{updated:yyyy-MM-dd}" + (playbook.Reviewed is { } r ? $"（复核 {r:yyyy-MM-dd}）" : ""));
        Fact("文件", Markup.Escape(playbook.Path));

        console.Write(new Panel(facts)
        {
            Header = new PanelHeader($" {Markup.Escape(playbook.Title)}{(playbook.Draft ? " [yellow]（草稿）[/]" : "")} "),
            Border = BoxBorder.Double,
            Expand = true,
        });

        if (playbook.Kind == PlaybookKind.Guide)
        {
            foreach (var part in GuideParts.Split(playbook.Body))
                console.Write(new Panel(TerminalParagraphs.From(ForTerminal(part.Markdown)))
                {
                    Header = part.Heading is { } heading ? new PanelHeader($" [bold blue]{Markup.Escape(ForTerminal(heading))}[/] ") : null,
                    Border = BoxBorder.Rounded,
                    BorderStyle = new Style(Color.Blue),
                    Expand = true,
                });
            return;
        }

        foreach (var section in playbook.Sections)
        {
            var colour = section.Kind == SectionKind.Handling ? "green" : section.Kind == SectionKind.Escalation ? "yellow" : "blue";
            var body = section.IsEmpty ? new Markup("[grey]（空）[/]") : TerminalParagraphs.From(ForTerminal(section.Markdown));
            console.Write(new Panel(body)
            {
                Header = new PanelHeader($" [bold {colour}]{Markup.Escape(section.Kind.ChineseName())}[/] "),
                Border = BoxBorder.Rounded,
                BorderStyle = new Style(ParseColour(colour)),
                Expand = true,
            });
        }
    }

    /// <summary>
    /// The severity as the team wrote it (<c>P0</c>), coloured by its canonical level; grey when unrated. No padding
    /// around the critical label: it starts where the other levels start, in a table column too.
    /// </summary>
    public static string SeverityMarkup(Playbook playbook)
    {
        var text = Markup.Escape(playbook.SeverityText ?? "");
        return playbook.Severity switch
        {
            Severity.Critical => $"[bold white on red]{text}[/]",
            Severity.High => $"[bold red]{text}[/]",
            Severity.Medium => $"[yellow]{text}[/]",
            Severity.Low => $"[green]{text}[/]",
            _ => $"[grey]{text}[/]",
        };
    }

    /// <summary>
    /// Markdown source is already readable in a terminal; only emphasis markers, heading marks (<c>### 小结</c>
    /// shows as 小结), guidance comments and Obsidian's syntax are noise. A wiki link <c>[[bot-flood|刷屏预案]]</c>
    /// shows its label (else its target) and a callout's <c>[!warning]</c> marker is dropped, as the site and the
    /// index read them (<c>ObsidianInlineParser</c>).
    /// </summary>
    public static string ForTerminal(string markdown)
    {
        var text = HtmlComment().Replace(markdown, "");
        text = HeadingMarks.Strip(text);
        text = Emphasis().Replace(text, "$1");
        text = WikiLink().Replace(text, ShownText);
        text = CalloutMarker().Replace(text, "$1");
        return MultipleBlankLines().Replace(text, "\n\n").Trim();
    }

    private static string ShownText(Match link) => ObsidianInlineParser.ShownText(link.Groups["inner"].ValueSpan).ToString();

    private static Color ParseColour(string name) => name switch
    {
        "green" => Color.Green,
        "yellow" => Color.Yellow,
        _ => Color.Blue,
    };

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Emphasis();

    // Not empty, no line break or bracket inside, as the parser requires.
    [GeneratedRegex(@"\[\[(?<inner>[^\[\]\n]+)\]\]")]
    private static partial Regex WikiLink();

    // A quote line opening with [!kind], Obsidian's +/- folding mark and the blanks before its title.
    [GeneratedRegex(@"^([ \t]*>[ \t]*)\[![A-Za-z0-9-]+\][+-]?[ \t]*", RegexOptions.Multiline)]
    private static partial Regex CalloutMarker();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex MultipleBlankLines();
}
