namespace Playbooks.Search.Analysis;

/// <summary>
/// The three representations of one text: words (segmented, filtered, folded), Han bigrams, and the same
/// bigrams spelled in pinyin.
/// </summary>
public sealed record AnalyzedText(IReadOnlyList<Token> Words, IReadOnlyList<Token> Bigrams, IReadOnlyList<Token> Pinyin)
{
    public static AnalyzedText Empty { get; } = new([], [], []);
}
