namespace Playbooks.Search.Vocabulary;

/// <summary>Characters as a <see cref="CharSpanTable{TValue}"/> key (a word looked up by its text, a key moved between tables).</summary>
internal readonly ref struct CharsKey : ICharKey
{
    private readonly ReadOnlySpan<char> _chars;

    public CharsKey(ReadOnlySpan<char> chars) : this(chars, SpanHash.Of(chars).Hash) { }

    /// <summary>A key whose hash is known (another table's stored hash).</summary>
    public CharsKey(ReadOnlySpan<char> chars, ulong hash)
    {
        _chars = chars;
        Hash = hash;
    }

    public ulong Hash { get; }

    public int Length => _chars.Length;

    public bool Matches(ReadOnlySpan<char> chars) => chars.SequenceEqual(_chars);

    public void CopyTo(Span<char> destination) => _chars.CopyTo(destination);
}
