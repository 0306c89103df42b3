namespace Playbooks.Search.Analysis;

/// <summary>The word and bigram terms of one piece of text, in order (<see cref="Analyzer.Terms"/> of the piece alone).</summary>
/// <param name="Kept">Whether the analyzer keeps this piece (and gives this same object wherever the piece occurs).</param>
internal sealed record PieceTerms(string[] Words, string[] Bigrams, bool Kept);
