namespace Playbooks.Search.Analysis;

/// <summary>
/// Toneless pinyin of single Han characters (截 → jie), from ICU's "Han-Latin; Latin-ASCII" transliterator.
/// </summary>
/// <remarks>
/// Per character and without context, so a polyphonic character always gets the same reading; that is what
/// matching needs (the index and the query agree), not linguistic accuracy. Results are cached in a 64K table
/// because ICU calls per character would dominate indexing, and ICU's answers come from a table kept in the user's
/// cache folder (<see cref="HanTransliterationCache"/>): creating the Han-Latin transliterator cost a cold process
/// 120–170 ms. Thread-safe.
/// </remarks>
public sealed class PinyinTable
{
    private static readonly Lazy<PinyinTable> SharedInstance = new(() => new PinyinTable());

    public static PinyinTable Shared => SharedInstance.Value;

    private readonly string?[] _cache = new string?[char.MaxValue + 1];
    private readonly CharacterTransliterator _toPinyin;

    /// <summary>A table whose ICU answers are kept in the user's cache folder.</summary>
    public PinyinTable() : this(HanTransliterationCache.ForUser())
    {
    }

    /// <param name="tables">Where ICU's answers are kept; null to ask ICU for every character.</param>
    internal PinyinTable(HanTransliterationCache? tables)
    {
        _toPinyin = new CharacterTransliterator("Han-Latin; Latin-ASCII", "han-latin", tables);
    }

    /// <summary>The reading of a Han character in lower-case ASCII letters, or the character itself if ICU has none.</summary>
    public string Of(char han)
    {
        return _cache[han] ??= Compute(han);
    }

    private string Compute(char han)
    {
        var latin = _toPinyin.Of(han);
        var letters = new string(latin.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant).ToArray());
        return letters.Length > 0 ? letters : han.ToString();
    }
}
