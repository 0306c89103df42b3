using System.Buffers;
using System.Text.Json;
using Playbooks.Search.Documents;

namespace Playbooks.Search.Storage;

/// <summary>
/// A playbook as its row in <c>bodies</c> stores it (JSON, as UTF-8 text), in an array rented from
/// <see cref="ArrayPool{T}.Shared"/> until the writer has bound it. A full build makes one per playbook on the analysing
/// threads (~5 KB each, 14 MB per 3 000 playbooks with Chinese stored as itself) and the writer drops it a moment
/// later; rented, the same few arrays go round between those threads instead of each being new garbage.
/// Not thread-safe; <see cref="Dispose"/> once, after the last use of <see cref="Utf8"/>.
/// </summary>
public sealed class BodyJson : IDisposable
{
    // Per thread, reused playbook after playbook: where the serializer writes before the JSON is copied to its rented array.
    [ThreadStatic] private static MemoryStream? _scratch;

    private byte[]? _rented;
    private readonly int _length;

    private BodyJson(byte[] rented, int length)
    {
        _rented = rented;
        _length = length;
    }

    /// <summary>
    /// <paramref name="doc"/> serialized as <see cref="JsonSerializer.SerializeToUtf8Bytes{TValue}(TValue, System.Text.Json.Serialization.Metadata.JsonTypeInfo{TValue})"/>
    /// gives it, byte for byte (the same type information, through a stream).
    /// </summary>
    public static BodyJson Of(StoredPlaybook doc)
    {
        var scratch = _scratch ??= new MemoryStream();
        scratch.SetLength(0);
        JsonSerializer.Serialize(scratch, doc, StoredPlaybookJson.Stored.StoredPlaybook);
        var length = (int)scratch.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        scratch.GetBuffer().AsSpan(0, length).CopyTo(rented);
        return new BodyJson(rented, length);
    }

    /// <summary>The JSON as UTF-8 bytes; valid until <see cref="Dispose"/>.</summary>
    public ReadOnlySpan<byte> Utf8 => _rented is { } rented ? rented.AsSpan(0, _length) : throw new ObjectDisposedException(nameof(BodyJson));

    /// <summary>Gives the array back to the pool.</summary>
    public void Dispose()
    {
        if (_rented is { } rented)
            ArrayPool<byte>.Shared.Return(rented);
        _rented = null;
    }
}
