using Playbooks.Search.Postings;

namespace Playbooks.Search.Storage;

/// <summary>
/// One kind's posting lists being written (by term number, <see cref="TermIds"/>), in <see cref="PostingCodec"/>'s byte
/// format as <see cref="PostingListBuilder"/> makes one list, but all of them in shared 64 KB blocks: each list is a chain
/// of slices that double in size (16, 32, 64 … bytes), each ending in the address of the next, with its state in a struct
/// array by term number (in pages, see <see cref="PageBits"/>). A 3k build's 34 000 lists as a builder and an array
/// each were 68 000 objects that lived to the last flush (copied by every collection that promoted them) and, grown by
/// doubling and copied out at the end, 35 MB of byte arrays; here they are ~12 MB of blocks, reused from one flush to
/// the next.
/// </summary>
/// <remarks>
/// Hand-written, after Lucene's <c>ByteBlockPool</c> slices: neither the BCL nor our feed has an arena of growable byte
/// lists. Not thread-safe (the writer's one thread).
/// </remarks>
internal sealed class PendingPostings
{
    private const int BlockBits = 16;
    private const int BlockSize = 1 << BlockBits;
    private const int PointerBytes = sizeof(int);
    /// <summary>A slice's bytes for postings: the first holds a few postings (most terms occur in a few playbooks).</summary>
    private const int FirstSlice = 16;
    /// <summary>The largest slice, with its pointer, fills a block.</summary>
    private const int LargestSlice = BlockSize - PointerBytes;

    private readonly List<byte[]> _blocks = [];
    private int _block = -1; // the block slices are cut from
    private int _used = BlockSize; // bytes of it cut so far
    /// <summary>
    /// The lists' states in pages of 2 048 (64 KB, under the large object heap's 85 000 bytes), allocated as term numbers
    /// reach them and kept: one array by term number grew by doubling past 2 000 terms into the large object heap (3 MB
    /// of a 3k build's large allocations, which start full collections), copied at every step.
    /// </summary>
    private const int PageBits = 11;
    private const int PageSize = 1 << PageBits;
    private List[][] _pages = [];
    private readonly List<int> _terms = [];

    private struct List
    {
        public int First; // address (block << BlockBits | offset) of the first slice
        public int At; // where the next byte goes
        public int End; // the end of the current slice's postings, where the pointer to the next one goes
        public int Slice; // the current slice's size
        public int Length; // bytes in all slices; 0: nothing pending for the term
        public long Previous; // the last row id added
    }

    /// <summary>The terms with postings pending, in the order their first posting was added.</summary>
    public IReadOnlyList<int> Terms => _terms;

    /// <summary>Appends a playbook's counts to term <paramref name="term"/>'s list; <paramref name="rowId"/> must be greater than its last one.</summary>
    public void Add(int term, long rowId, in FieldCounts counts)
    {
        ref var list = ref State(term);
        if (list.Length == 0)
            _terms.Add(term);
        Span<byte> posting = stackalloc byte[PostingCodec.MaxPostingBytes];
        var bytes = posting[..PostingCodec.Write(posting, (ulong)(rowId - list.Previous), counts)];
        list.Previous = rowId;
        while (bytes.Length > 0)
        {
            if (list.At == list.End)
                NextSlice(ref list);
            var room = Math.Min(list.End - list.At, bytes.Length);
            bytes[..room].CopyTo(At(list.At, room));
            list.At += room;
            list.Length += room;
            bytes = bytes[room..];
        }
    }

    /// <summary>The length in bytes of term <paramref name="term"/>'s pending list.</summary>
    public int Length(int term) => term >> PageBits < _pages.Length && _pages[term >> PageBits] is { } page ? page[term & (PageSize - 1)].Length : 0;

    /// <summary>Copies term <paramref name="term"/>'s pending list to <paramref name="into"/> (<see cref="Length"/> bytes).</summary>
    public void CopyTo(int term, Span<byte> into)
    {
        var list = State(term);
        var address = list.First;
        var slice = FirstSlice;
        var left = list.Length;
        while (true)
        {
            var part = Math.Min(slice, left);
            At(address, part).CopyTo(into);
            into = into[part..];
            left -= part;
            if (left == 0)
                return;
            address = BitConverter.ToInt32(At(address + slice, PointerBytes));
            slice = Math.Min(slice * 2, LargestSlice);
        }
    }

    /// <summary>Forgets every pending list; the blocks are kept for the next ones.</summary>
    public void Clear()
    {
        foreach (var term in _terms)
            State(term) = default;
        _terms.Clear();
        _block = _blocks.Count == 0 ? -1 : 0;
        _used = _blocks.Count == 0 ? BlockSize : 0;
    }

    private void NextSlice(ref List list)
    {
        var size = list.Length == 0 ? FirstSlice : Math.Min(list.Slice * 2, LargestSlice);
        var address = Cut(size + PointerBytes);
        if (list.Length == 0)
            list.First = address;
        else
            BitConverter.TryWriteBytes(At(list.End, PointerBytes), address);
        list.At = address;
        list.End = address + size;
        list.Slice = size;
    }

    /// <summary>The address of <paramref name="bytes"/> bytes not yet used, in the current block or the next.</summary>
    private int Cut(int bytes)
    {
        if (_used + bytes > BlockSize)
        {
            _block++;
            if (_block == _blocks.Count)
                _blocks.Add(new byte[BlockSize]);
            _used = 0;
        }
        var address = _block << BlockBits | _used;
        _used += bytes;
        return address;
    }

    /// <summary>The state of <paramref name="term"/>'s list, its page allocated if it has none yet.</summary>
    private ref List State(int term)
    {
        var page = term >> PageBits;
        if (page >= _pages.Length)
            Array.Resize(ref _pages, Math.Max(page + 1, _pages.Length * 2));
        return ref (_pages[page] ??= new List[PageSize])[term & (PageSize - 1)];
    }

    private Span<byte> At(int address, int length) => _blocks[address >> BlockBits].AsSpan(address & (BlockSize - 1), length);
}
