using Playbooks.Search.Postings;

namespace Playbooks.Search.Storage;

/// <summary>
/// One posting list being written, already in <see cref="PostingCodec"/>'s byte format: postings are appended in
/// ascending row id order and encoded as they come, so a full build holds three or four bytes per posting until it
/// flushes instead of a 24-byte entry in a list per term (millions of long-lived objects the collector kept walking).
/// </summary>
internal sealed class PostingListBuilder
{
    private byte[] _bytes;
    private int _length;
    private long _previous;

    /// <param name="capacity">Bytes to start with: most terms occur in a few playbooks, at three or four bytes each.</param>
    public PostingListBuilder(int capacity = 48) => _bytes = new byte[Math.Max(capacity, PostingCodec.MaxPostingBytes)];

    /// <summary>Appends a playbook's counts; <paramref name="rowId"/> must be greater than the last one added.</summary>
    public void Add(long rowId, FieldCounts counts)
    {
        Reserve(PostingCodec.MaxPostingBytes);
        _length += PostingCodec.Write(_bytes.AsSpan(_length), (ulong)(rowId - _previous), counts);
        _previous = rowId;
    }

    /// <summary>The encoded list, exactly as long as what was added.</summary>
    public byte[] ToArray() => _bytes.AsSpan(0, _length).ToArray();

    private void Reserve(int bytes)
    {
        if (_length + bytes > _bytes.Length)
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + bytes));
    }
}
