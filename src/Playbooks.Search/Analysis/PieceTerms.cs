namespace Playbooks.Search.Analysis;

/// <summary>The word and bigram terms of one piece of text, in order (<see cref="Analyzer.Terms"/> of the piece alone).</summary>
/// <param name="Kept">Whether the analyzer keeps this piece (and gives this same object wherever the piece occurs).</param>
internal sealed class PieceTerms(string[] words, string[] bigrams, bool kept)
{
    private object? _numbered;

    public string[] Words { get; } = words;
    public string[] Bigrams { get; } = bigrams;
    public bool Kept { get; } = kept;

    /// <summary>
    /// What the index writer derived from a kept piece's terms (their numbers in its term tables), kept here so that every
    /// occurrence of the piece on every analysing thread shares one copy; null until then. Analysis never reads it.
    /// Safe to read and set from several threads (a reader sees null or a whole object).
    /// </summary>
    public object? Numbered
    {
        get => Volatile.Read(ref _numbered);
        set => Volatile.Write(ref _numbered, value);
    }
}
