namespace Playbooks.Search.Analysis;

/// <summary>The two representations of one text: words (segmented, filtered, folded) and Han bigrams.</summary>
public sealed record AnalyzedText(IReadOnlyList<Token> Words, IReadOnlyList<Token> Bigrams)
{
    public static AnalyzedText Empty { get; } = new([], []);
}
