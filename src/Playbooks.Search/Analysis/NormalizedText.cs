namespace Playbooks.Search.Analysis;

/// <summary>
/// Text after normalisation, with a map from each normalised character back to its offset in the source.
/// </summary>
public sealed class NormalizedText(string original, string text, int[] sourceOffsets)
{
    public string Original { get; } = original;
    public string Text { get; } = text;

    /// <summary>Source offset of normalised character <paramref name="index"/>; <c>Original.Length</c> past the end.</summary>
    public int SourceOffset(int index) => index < sourceOffsets.Length ? sourceOffsets[index] : Original.Length;

    /// <summary>A token over normalised range [start, end).</summary>
    public Token TokenAt(int start, int end) => new(Text[start..end], start, end);

    /// <summary>The same token with its range translated to offsets in <see cref="Original"/>.</summary>
    public Token ToSource(Token token) =>
        token with { Start = SourceOffset(token.Start), End = token.End < Text.Length ? SourceOffset(token.End) : Original.Length };
}
