using Playbooks.Search.Analysis;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Analysis;

public sealed class HanTransliterationFileTests : IDisposable
{
    private const string Icu = "72.1.0.0";
    private const string Id = "Traditional-Simplified";

    private readonly TempFolder _folder = new();
    private string PathOf(string name) => Path.Combine(_folder.Path, name);

    public void Dispose() => _folder.Dispose();

    /// <summary>A table with empty, one-character and longer entries, so every length the layout stores occurs.</summary>
    private static HanTransliterationTable SampleTable() =>
        HanTransliterationTable.Build(c => ((int)c % 5) switch { 0 => "", 1 => c.ToString(), _ => $"x{(int)c:x}" });

    private string Written(HanTransliterationTable table, string icuVersion = Icu, string id = Id)
    {
        var path = PathOf("table.bin");
        using (var stream = File.Create(path))
            HanTransliterationFile.Write(stream, table, icuVersion, id);
        return path;
    }

    [Fact]
    public void Reads_back_every_entry_it_wrote()
    {
        var table = SampleTable();

        var read = HanTransliterationFile.TryRead(Written(table), Icu, Id);

        Assert.NotNull(read);
        Assert.All(HanTransliterationTable.Characters(), c => Assert.Equal(table.Of(c), read.Of(c)));
    }

    [Fact]
    public void Reads_a_table_made_by_another_ICU_version_as_absent()
    {
        var path = Written(SampleTable(), icuVersion: "74.2.0.0");

        Assert.Null(HanTransliterationFile.TryRead(path, Icu, Id));
    }

    [Fact]
    public void Reads_a_table_of_another_transliterator_as_absent()
    {
        var path = Written(SampleTable(), id: "Han-Latin; Latin-ASCII");

        Assert.Null(HanTransliterationFile.TryRead(path, Icu, Id));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(100)]
    [InlineData(50_000)]
    public void Reads_a_damaged_table_as_absent(int flippedByte)
    {
        var path = Written(SampleTable());
        var bytes = File.ReadAllBytes(path);
        bytes[flippedByte] ^= 0x01;
        File.WriteAllBytes(path, bytes);

        Assert.Null(HanTransliterationFile.TryRead(path, Icu, Id));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(1000)]
    public void Reads_a_truncated_table_as_absent(int length)
    {
        var path = Written(SampleTable());
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..length]);

        Assert.Null(HanTransliterationFile.TryRead(path, Icu, Id));
    }

    [Fact]
    public void Reads_a_missing_file_as_absent()
    {
        Assert.Null(HanTransliterationFile.TryRead(PathOf("none.bin"), Icu, Id));
    }
}
