namespace Playbooks.Search.Analysis;

/// <summary>
/// Text after normalisation, with a map from each normalised character back to its offset in the source.
/// </summary>
/// <param name="sourceOffsets">
/// The source offset of each normalised character; null when each character maps to the one at the same offset (the
/// text kept its length character for character), which spares most texts an array four times their size.
/// </param>
public sealed class NormalizedText(string original, string text, int[]? sourceOffsets)
{
    public string Original { get; } = original;
    public string Text { get; } = text;

    /// <summary>Source offset of normalised character <paramref name="index"/>; <c>Original.Length</c> past the end.</summary>
    public int SourceOffset(int index) =>
        sourceOffsets is null ? Math.Min(index, Original.Length) : index < sourceOffsets.Length ? sourceOffsets[index] : Original.Length;

    /// <summary>A token over normalised range [start, end).</summary>
    public Token TokenAt(int start, int end) => new(Text[start..end], start, end);

    /// <summary>
    /// The same token with its range translated to offsets in <see cref="Original"/>: from the source character
    /// of its first character to just past the source character of its last. Every normalised character maps to
    /// one UTF-16 unit of the source, so a term cut from an expansion (㈱ → "(株)") still covers ㈱.
    /// </summary>
    public Token ToSource(Token token)
    {
        var start = SourceOffset(token.Start);
        var end = token.End > token.Start ? SourceOffset(token.End - 1) + 1 : start;
        return token with { Start = start, End = end };
    }
}
