namespace Playbooks.Search.Analysis;

/// <summary>
/// One ICU transliterator applied to a single character at a time. Han characters are answered from a
/// <see cref="HanTransliterationTable"/> (loaded from the cache, or built and saved on first use); any other
/// character, or every character when there is no cache, goes to ICU itself. Both give the same answer: the table is
/// ICU's own output for each character. Every caller on the analysis path sends Han only (<see cref="TextNormalizer"/>
/// after folding, the Han runs of <see cref="CjkBigrams"/>), so with a cached table icu.net is never created and a
/// cold search does not initialise it. Thread-safe.
/// </summary>
internal sealed class CharacterTransliterator
{
    private readonly string _id;
    private readonly Lazy<HanTransliterationTable?> _table;
    private readonly Lazy<Icu.Transliterator> _icu;
    private readonly Lock _icuLock = new();

    /// <param name="id">ICU transliterator id, e.g. "Traditional-Simplified".</param>
    /// <param name="name">File name stem of its table in <paramref name="cache"/>.</param>
    /// <param name="cache">Where tables are kept; null to always ask ICU.</param>
    public CharacterTransliterator(string id, string name, HanTransliterationCache? cache)
    {
        _id = id;
        _icu = new Lazy<Icu.Transliterator>(() =>
        {
            IcuRuntime.EnsureInitialised();
            return Icu.Transliterator.CreateInstance(id);
        }, LazyThreadSafetyMode.ExecutionAndPublication);
        _table = new Lazy<HanTransliterationTable?>(
            () => cache?.LoadOrBuild(name, id, IcuLibrary.VersionInUse, AskIcu),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Of(char c) =>
        CharClass.IsHan(c) && _table.Value is { } table ? table.Of(c) : AskIcu(c);

    private string AskIcu(char c)
    {
        lock (_icuLock)
            return _icu.Value.Transliterate(c.ToString());
    }

    public override string ToString() => _id;
}
