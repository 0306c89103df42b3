namespace Playbooks.Search.Analysis;

/// <summary>
/// One term produced by the analysis chain, with its [<see cref="Start"/>, <see cref="End"/>) range. Inside the
/// chain the range is in the normalised text; <see cref="Analyzer"/> maps it back to the original text, so
/// snippets can highlight what the user actually wrote.
/// </summary>
public readonly record struct Token(string Term, int Start, int End)
{
    public override string ToString() => $"{Term}[{Start}..{End})";
}
