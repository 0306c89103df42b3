namespace Playbooks.Search.Analysis;

/// <summary>
/// The three representations of one text: words (segmented, filtered, folded), Han bigrams, and the same
/// bigrams spelled in pinyin.
/// </summary>
/// <remarks>
/// The pinyin spelling can be deferred: creating ICU's Han-Latin transliterator costs a cold process more than
/// everything else a search does, and a query needs pinyin only for its rare typo candidates.
/// </remarks>
public sealed class AnalyzedText
{
    private readonly Lazy<IReadOnlyList<Token>> _pinyin;

    public AnalyzedText(IReadOnlyList<Token> words, IReadOnlyList<Token> bigrams, IReadOnlyList<Token> pinyin)
        : this(words, bigrams, () => pinyin)
    {
    }

    /// <param name="spell">Produces the pinyin tokens on first use of <see cref="Pinyin"/>.</param>
    public AnalyzedText(IReadOnlyList<Token> words, IReadOnlyList<Token> bigrams, Func<IReadOnlyList<Token>> spell)
    {
        Words = words;
        Bigrams = bigrams;
        _pinyin = new Lazy<IReadOnlyList<Token>>(spell);
    }

    public IReadOnlyList<Token> Words { get; }
    public IReadOnlyList<Token> Bigrams { get; }
    /// <summary>The bigrams spelled in pinyin, one per bigram in the same order (computed on first use).</summary>
    public IReadOnlyList<Token> Pinyin => _pinyin.Value;

    public static AnalyzedText Empty { get; } = new([], [], (IReadOnlyList<Token>)[]);
}
