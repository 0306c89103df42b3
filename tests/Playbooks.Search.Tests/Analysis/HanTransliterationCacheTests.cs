using Playbooks.Search.Analysis;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Analysis;

public sealed class HanTransliterationCacheTests : IDisposable
{
    private const string Icu = "72.1.0.0";
    private const string Id = "Traditional-Simplified";

    private readonly TempFolder _folder = new();
    private int _asked;

    public void Dispose() => _folder.Dispose();

    private string Transliterate(char c)
    {
        _asked++;
        return c == '闆' ? "板" : c.ToString();
    }

    [Fact]
    public void Builds_and_saves_a_missing_table_once_then_reads_it_without_asking_again()
    {
        var cache = new HanTransliterationCache(Path.Combine(_folder.Path, "icu"));

        var built = cache.LoadOrBuild("t2s", Id, Icu, Transliterate);
        var askedToBuild = _asked;
        var loaded = new HanTransliterationCache(cache.Folder).LoadOrBuild("t2s", Id, Icu, Transliterate);

        Assert.Equal(HanTransliterationTable.Size, askedToBuild);
        Assert.Equal(askedToBuild, _asked);
        Assert.Equal("板", built!.Of('闆'));
        Assert.Equal("板", loaded!.Of('闆'));
        Assert.Equal(["t2s-icu72.1.0.0.bin"], Directory.GetFiles(cache.Folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Rebuilds_a_damaged_table_in_place()
    {
        var cache = new HanTransliterationCache(_folder.Path);
        cache.LoadOrBuild("t2s", Id, Icu, Transliterate);
        File.WriteAllText(cache.PathOf("t2s", Icu), "not a table");

        var rebuilt = cache.LoadOrBuild("t2s", Id, Icu, Transliterate);

        Assert.Equal("板", rebuilt!.Of('闆'));
        Assert.Equal(2 * HanTransliterationTable.Size, _asked);
        Assert.NotNull(HanTransliterationFile.TryRead(cache.PathOf("t2s", Icu), Icu, Id));
        Assert.Equal(["t2s-icu72.1.0.0.bin"], _folder.Files());
    }

    [Fact]
    public void Keeps_one_table_per_ICU_version()
    {
        var cache = new HanTransliterationCache(_folder.Path);

        cache.LoadOrBuild("t2s", Id, Icu, Transliterate);
        cache.LoadOrBuild("t2s", Id, "74.2.0.0", Transliterate);

        Assert.Equal(["t2s-icu72.1.0.0.bin", "t2s-icu74.2.0.0.bin"], _folder.Files());
    }

    [Fact]
    public void Gives_no_table_without_asking_when_the_folder_cannot_be_created()
    {
        var blocker = Path.Combine(_folder.Path, "a-file");
        File.WriteAllText(blocker, "");
        var cache = new HanTransliterationCache(Path.Combine(blocker, "icu"));

        var table = cache.LoadOrBuild("t2s", Id, Icu, Transliterate);

        Assert.Null(table);
        Assert.Equal(0, _asked);
    }

    [Fact]
    public void Lives_under_XDG_CACHE_HOME_when_it_is_set()
    {
        var cache = HanTransliterationCache.ForUser(name => name == "XDG_CACHE_HOME" ? _folder.Path : null);

        Assert.Equal(Path.Combine(_folder.Path, "playbooks", "icu"), cache!.Folder);
    }

    [Fact]
    public void Ignores_a_relative_XDG_CACHE_HOME()
    {
        var cache = HanTransliterationCache.ForUser(name => name == "XDG_CACHE_HOME" ? "relative/cache" : null);

        Assert.True(cache is null || Path.IsPathFullyQualified(cache.Folder));
    }
}
