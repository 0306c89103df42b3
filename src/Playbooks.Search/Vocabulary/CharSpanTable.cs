using System.Runtime.CompilerServices;

namespace Playbooks.Search.Vocabulary;

/// <summary>
/// What <see cref="CharSpanTable{TValue}"/> looks keys up by: characters, given either as one span or as words that
/// follow each other, compared where they lie so that a look-up never copies or allocates them.
/// </summary>
internal interface ICharKey
{
    /// <summary>The <see cref="SpanHash"/> of the key's characters.</summary>
    ulong Hash { get; }
    int Length { get; }
    bool Matches(ReadOnlySpan<char> chars);
    void CopyTo(Span<char> destination);
}

/// <summary>
/// An open-addressing hash table keyed by strings of characters, with a value per key, that holds no object per key:
/// the keys lie end to end in one pooled character buffer, the values in one array, both numbered in the order added
/// (the key's id). A learning pass meets about a million distinct n-grams, and a <c>Dictionary&lt;string, …&gt;</c>
/// kept a string for each, which the collector traced and moved until the pass ended; here the whole table is four
/// arrays without references. Ids are dense and stable, and enumerating 0 … <see cref="Count"/> − 1 gives the keys in
/// the order first added, as a dictionary without removals does.
/// </summary>
/// <remarks>Linear probing, at most half full; keys are never removed. Not thread-safe.</remarks>
internal sealed class CharSpanTable<TValue> where TValue : struct
{
    private struct Key
    {
        public ulong Hash;
        public int Start;
        public int Length;
    }

    private Key[] _keys = new Key[256];
    private TValue[] _values = new TValue[256];
    private char[] _chars = new char[1024];
    private int _charCount;
    // Each slot holds a key's id + 1 (0: empty); a power of two, at least twice the keys.
    private int[] _slots = new int[512];
    private int _shift = 64 - 9;

    /// <summary>How many keys the table holds; their ids are 0 … Count − 1.</summary>
    public int Count { get; private set; }

    /// <summary>Forgets every key, keeping the arrays as large as they grew: ids start from 0 again.</summary>
    public void Clear()
    {
        Array.Clear(_slots);
        _charCount = 0;
        Count = 0;
    }

    /// <summary>The value of key <paramref name="id"/>; the reference is valid until the next key is added.</summary>
    public ref TValue this[int id] => ref _values[id];

    public ReadOnlySpan<char> KeyOf(int id) => _chars.AsSpan(_keys[id].Start, _keys[id].Length);

    public ulong HashOf(int id) => _keys[id].Hash;

    /// <summary>The id of <paramref name="key"/>, or −1 when the table does not hold it.</summary>
    public int Find<TKey>(scoped in TKey key) where TKey : ICharKey, allows ref struct => Probe(key, out _);

    /// <summary>The id of <paramref name="key"/>, added with a default value when new (<paramref name="added"/>).</summary>
    public int FindOrAdd<TKey>(scoped in TKey key, out bool added) where TKey : ICharKey, allows ref struct
    {
        var found = Probe(key, out var slot);
        if (found >= 0)
        {
            added = false;
            return found;
        }
        added = true;
        if (2 * (Count + 1) > _slots.Length)
        {
            Grow();
            Probe(key, out slot);
        }
        var id = Count++;
        if (id == _keys.Length)
        {
            Array.Resize(ref _keys, 2 * id);
            Array.Resize(ref _values, 2 * id);
        }
        if (_charCount + key.Length > _chars.Length)
            Array.Resize(ref _chars, Math.Max(2 * _chars.Length, _charCount + key.Length));
        key.CopyTo(_chars.AsSpan(_charCount, key.Length));
        _keys[id] = new Key { Hash = key.Hash, Start = _charCount, Length = key.Length };
        _values[id] = default;
        _charCount += key.Length;
        _slots[slot] = id + 1;
        return id;
    }

    /// <summary>The key's id, or −1 and the empty slot where it would go.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Probe<TKey>(scoped in TKey key, out int slot) where TKey : ICharKey, allows ref struct
    {
        var hash = key.Hash;
        var mask = _slots.Length - 1;
        for (slot = SpanHash.Slot(hash, _shift); ; slot = (slot + 1) & mask)
        {
            var id = _slots[slot] - 1;
            if (id < 0)
                return -1;
            ref readonly var stored = ref _keys[id];
            if (stored.Hash == hash && stored.Length == key.Length && key.Matches(_chars.AsSpan(stored.Start, stored.Length)))
                return id;
        }
    }

    private void Grow()
    {
        _slots = new int[2 * _slots.Length];
        _shift--;
        var mask = _slots.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var slot = SpanHash.Slot(_keys[id].Hash, _shift);
            while (_slots[slot] != 0)
                slot = (slot + 1) & mask;
            _slots[slot] = id + 1;
        }
    }
}
