namespace Playbooks.Search.Analysis;

/// <summary>The word and bigram terms of one piece of text, in order (<see cref="Analyzer.Terms"/> of the piece alone).</summary>
internal sealed record PieceTerms(string[] Words, string[] Bigrams);
