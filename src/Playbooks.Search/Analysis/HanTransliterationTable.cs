namespace Playbooks.Search.Analysis;

/// <summary>
/// What one ICU transliterator makes of each BMP Han character on its own: one entry for every character
/// <see cref="CharClass.IsHan"/> accepts (28 096), in code point order. Immutable and thread-safe.
/// </summary>
internal sealed class HanTransliterationTable
{
    public static int Size { get; } = CharClass.HanBlocks.Sum(b => b.Last - b.First + 1);

    private readonly char[] _text;
    private readonly int[] _ends;
    private readonly string?[] _strings;

    /// <param name="text">All results, concatenated in code point order.</param>
    /// <param name="lengths">The length of each result, <see cref="Size"/> of them.</param>
    /// <exception cref="ArgumentException">The lengths do not add up to the text, or there are not <see cref="Size"/>.</exception>
    public HanTransliterationTable(char[] text, ReadOnlySpan<ushort> lengths)
    {
        if (lengths.Length != Size)
            throw new ArgumentException($"expected {Size} lengths, got {lengths.Length}", nameof(lengths));
        _ends = new int[Size];
        var end = 0;
        for (var i = 0; i < lengths.Length; i++)
            _ends[i] = end += lengths[i];
        if (end != text.Length)
            throw new ArgumentException($"lengths add up to {end}, text has {text.Length}", nameof(lengths));
        _text = text;
        _strings = new string?[Size];
    }

    /// <summary>Transliterates every Han character alone, in code point order.</summary>
    public static HanTransliterationTable Build(Func<char, string> transliterate)
    {
        var text = new System.Text.StringBuilder(Size * 2);
        var lengths = new ushort[Size];
        var i = 0;
        foreach (var c in Characters())
        {
            var result = transliterate(c);
            text.Append(result);
            lengths[i++] = checked((ushort)result.Length);
        }
        var chars = new char[text.Length];
        text.CopyTo(0, chars, 0, text.Length);
        return new HanTransliterationTable(chars, lengths);
    }

    /// <summary>Every character of the table, in the order of its entries.</summary>
    public static IEnumerable<char> Characters()
    {
        foreach (var (first, last) in CharClass.HanBlocks)
            for (var c = first; c <= last; c++)
                yield return c;
    }

    /// <summary>The result for <paramref name="han"/>, which must satisfy <see cref="CharClass.IsHan"/>.</summary>
    public string Of(char han)
    {
        var index = IndexOf(han);
        return _strings[index] ??= Entry(index).ToString();
    }

    /// <summary>The result of entry <paramref name="index"/>, without allocating.</summary>
    public ReadOnlySpan<char> Entry(int index)
    {
        var start = index == 0 ? 0 : _ends[index - 1];
        return _text.AsSpan(start, _ends[index] - start);
    }

    /// <summary>All results, concatenated in code point order.</summary>
    public ReadOnlySpan<char> Text => _text;

    private static int IndexOf(char han)
    {
        var offset = 0;
        foreach (var (first, last) in CharClass.HanBlocks)
        {
            if (han >= first && han <= last)
                return offset + (han - first);
            offset += last - first + 1;
        }
        throw new ArgumentOutOfRangeException(nameof(han), $"U+{(int)han:X4} is not a BMP Han character");
    }
}
