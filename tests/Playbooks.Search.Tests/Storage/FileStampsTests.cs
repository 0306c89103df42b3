using System.Buffers.Binary;
using Playbooks.Search.Storage;

namespace Playbooks.Search.Tests.Storage;

public sealed class FileStampsTests
{
    private static readonly (string Path, long Size, long Modified)[] Files =
    [
        ("社群/刷屏.md", 120, 638_000_000_000_000_003),
        ("a.md", 30, 638_000_000_000_000_001),
        ("a/deep/x.md", 1_048_577, 0),
        ("a-b.md", 0, 638_000_000_000_000_002),
    ];

    [Fact]
    public void Keeps_every_file_in_ordinal_path_order_with_its_size_and_time()
    {
        var stamps = FileStamps.Decode(FileStamps.Encode(Files))!;

        Assert.Equal(["a-b.md", "a.md", "a/deep/x.md", "社群/刷屏.md"], Enumerable.Range(0, stamps.Count).Select(i => stamps.Path(i).ToString()));
        Assert.Equal([0L, 30, 1_048_577, 120], Enumerable.Range(0, stamps.Count).Select(stamps.Size));
        Assert.Equal([638_000_000_000_000_002L, 638_000_000_000_000_001, 0, 638_000_000_000_000_003], Enumerable.Range(0, stamps.Count).Select(stamps.Modified));
    }

    [Fact]
    public void An_index_without_files_keeps_an_empty_list()
    {
        var stamps = FileStamps.Decode(FileStamps.Encode([]))!;

        Assert.Equal(0, stamps.Count);
    }

    public static TheoryData<string> Damages => ["nothing", "empty", "older format", "cut short", "one byte more", "count too large", "paths out of order"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_blob_of_another_format_or_damaged_is_not_read(string damage)
    {
        var data = FileStamps.Encode(Files);
        var damaged = damage switch
        {
            "nothing" => null,
            "empty" => [],
            "older format" => [.. "PBSTAMP0"u8, .. data.AsSpan(8)],
            "cut short" => data[..^1],
            "one byte more" => [.. data, 0],
            "count too large" => WithInt(data, 8, Files.Length + 1),
            // The second path's end offset before the first's: lengths that do not add up.
            "paths out of order" => WithInt(data, 16 + 16 * Files.Length + 4, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        };

        Assert.Null(FileStamps.Decode(damaged));
    }

    private static byte[] WithInt(byte[] data, int offset, int value)
    {
        var copy = data.ToArray();
        BinaryPrimitives.WriteInt32LittleEndian(copy.AsSpan(offset), value);
        return copy;
    }
}
