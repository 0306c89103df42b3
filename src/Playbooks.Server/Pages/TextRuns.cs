namespace Playbooks.Server.Pages;

/// <summary>A piece of text shown plainly or emphasised (a highlight, a bold role).</summary>
internal readonly record struct TextRun(string Text, bool Emphasis);

/// <summary>
/// Splits result text into runs for <see cref="LiveSearchPage"/>; assets/search.js splits the same way for the results
/// it renders from <c>/api/search</c>, so both stay text (never HTML built from strings).
/// </summary>
internal static class TextRuns
{
    /// <summary>
    /// A snippet with its highlights (<c>[start, length]</c> in UTF-16 units, as the search engine returns them)
    /// emphasised. Overlapping or out-of-range pairs are clipped rather than trusted.
    /// </summary>
    public static IReadOnlyList<TextRun> Highlighted(string text, IReadOnlyList<int[]> highlights)
    {
        var runs = new List<TextRun>();
        var at = 0;
        foreach (var pair in highlights.Where(h => h.Length == 2).OrderBy(h => h[0]))
        {
            var start = Math.Clamp(pair[0], at, text.Length);
            var end = Math.Clamp(pair[0] + pair[1], start, text.Length);
            if (start > at)
                runs.Add(new(text[at..start], false));
            if (end > start)
                runs.Add(new(text[start..end], true));
            at = Math.Max(at, end);
        }
        if (at < text.Length)
            runs.Add(new(text[at..], false));
        return runs;
    }

    /// <summary>
    /// A handling step as the page shows it inline: its Markdown source with <c>**bold**</c> (the step's role and time
    /// limit, "**社群助教（2 分钟内）**") emphasised and the rest as written. The full Markdown is on the playbook page;
    /// a result only needs the words, and a two-marker rule is one the script can repeat exactly.
    /// </summary>
    public static IReadOnlyList<TextRun> Step(string markdown)
    {
        var parts = markdown.Replace('\n', ' ').Split("**");
        // An odd number of markers leaves the last one unpaired: it is text, not the start of bold.
        if (parts.Length % 2 == 0)
            parts = [.. parts[..^2], parts[^2] + "**" + parts[^1]];
        return parts.Select((text, i) => new TextRun(text, i % 2 == 1)).Where(r => r.Text.Length > 0).ToList();
    }
}
