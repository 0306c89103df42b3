using Markdig.Syntax;
using Playbooks.Core.Parsing;

namespace Playbooks.Site.Markdown;

/// <summary>One run of the 处理方法 section: prose rendered as is, or steps shown as a checklist.</summary>
/// <param name="Html">Rendered prose; null for a run of steps.</param>
/// <param name="Steps">Each step's rendered HTML; null for prose.</param>
/// <param name="FirstNumber">Number of the run's first step (numbering continues across runs).</param>
public sealed record HandlingPart(string? Html, IReadOnlyList<string>? Steps, int FirstNumber);

/// <summary>
/// Splits the 处理方法 section into prose and checklist steps, with the step rules of the parser
/// (<see cref="PlaybookParser"/>): top-level list items, and lines numbered in the Chinese style (1、 一、 1）),
/// which CommonMark reads as a plain paragraph. Operators tick the steps off during an incident or a drill.
/// </summary>
public static class HandlingChecklist
{
    public static IReadOnlyList<HandlingPart> Split(string markdown, Func<string, string> render)
    {
        var parts = new List<HandlingPart>();
        var document = MarkdownPipelines.ParseForRendering(markdown);
        var steps = new List<string>();
        var number = 1;

        void FlushSteps()
        {
            if (steps.Count == 0)
                return;
            parts.Add(new HandlingPart(null, steps.ToList(), number));
            number += steps.Count;
            steps.Clear();
        }

        foreach (var block in document)
        {
            var source = markdown.Substring(block.Span.Start, Math.Min(block.Span.Length, markdown.Length - block.Span.Start));
            if (block is ListBlock list)
            {
                foreach (var item in list.OfType<ListItemBlock>())
                    steps.Add(render(StepMarkers.StripMarker(markdown.Substring(item.Span.Start, item.Span.Length))));
                continue;
            }
            if (block is ParagraphBlock && ChineseSteps(source) is { } numbered)
            {
                steps.AddRange(numbered.Select(render));
                continue;
            }
            FlushSteps();
            var html = render(source);
            if (html.Length > 0)
                parts.Add(new HandlingPart(html, null, 0));
        }
        FlushSteps();
        return parts;
    }

    /// <summary>The steps of a paragraph that opens with a Chinese-numbered line; unnumbered lines continue the step above.</summary>
    private static List<string>? ChineseSteps(string paragraph)
    {
        var lines = paragraph.Split('\n');
        if (!StepMarkers.ChineseNumbering().IsMatch(lines[0]))
            return null;
        var steps = new List<string>();
        foreach (var line in lines)
        {
            var match = StepMarkers.ChineseNumbering().Match(line);
            if (match.Success)
                steps.Add(match.Groups["text"].Value.Trim());
            else
                steps[^1] += "\n" + line.Trim();
        }
        return steps;
    }
}
