namespace Playbooks.Search.Analysis;

/// <summary>
/// Toneless pinyin of single Han characters (截 → jie), from ICU's "Han-Latin; Latin-ASCII" transliterator.
/// </summary>
/// <remarks>
/// Per character and without context, so a polyphonic character always gets the same reading; that is what
/// matching needs (the index and the query agree), not linguistic accuracy. Results are cached in a 64K table
/// because ICU calls per character would dominate indexing. Thread-safe.
/// </remarks>
public sealed class PinyinTable
{
    private static readonly Lazy<PinyinTable> SharedInstance = new(() => new PinyinTable());

    public static PinyinTable Shared => SharedInstance.Value;

    private readonly string?[] _cache = new string?[char.MaxValue + 1];
    private readonly Icu.Transliterator _toPinyin;
    private readonly Lock _icuLock = new();

    public PinyinTable()
    {
        IcuRuntime.EnsureInitialised();
        _toPinyin = Icu.Transliterator.CreateInstance("Han-Latin; Latin-ASCII");
    }

    /// <summary>The reading of a Han character in lower-case ASCII letters, or the character itself if ICU has none.</summary>
    public string Of(char han)
    {
        return _cache[han] ??= Compute(han);
    }

    private string Compute(char han)
    {
        string latin;
        lock (_icuLock)
            latin = _toPinyin.Transliterate(han.ToString());
        var letters = new string(latin.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant).ToArray());
        return letters.Length > 0 ? letters : han.ToString();
    }
}
