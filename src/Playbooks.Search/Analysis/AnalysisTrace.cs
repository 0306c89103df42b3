namespace Playbooks.Search.Analysis;

/// <summary>
/// What each stage of <see cref="Analyzer"/> produced for one text, all offsets in <see cref="Normalized"/>:
/// ICU's pieces, the lexicon re-cut, the same with the Chinese glosses of English words added after each (at its
/// offsets), the words left after stop words, after synonym folding (same count and order as
/// <see cref="Kept"/>), the bigrams and their pinyin (one per bigram).
/// </summary>
public sealed record AnalysisTrace(
    string Normalized,
    IReadOnlyList<Token> Segmented,
    IReadOnlyList<Token> Merged,
    IReadOnlyList<Token> Glossed,
    IReadOnlyList<Token> Kept,
    IReadOnlyList<Token> Folded,
    IReadOnlyList<Token> Bigrams,
    IReadOnlyList<Token> Pinyin);
