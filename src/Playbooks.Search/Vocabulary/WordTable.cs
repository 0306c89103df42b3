using System.Runtime.InteropServices;

namespace Playbooks.Search.Vocabulary;

/// <summary>
/// The distinct words of a learning pass, numbered in the order first seen, with how often each occurred and its
/// <see cref="SpanHash"/>: runs of words are kept as these numbers, and an n-gram's hash is made from its words'.
/// </summary>
internal sealed class WordTable
{
    private readonly record struct Word(string Text, int Occurrences, ulong Hash, ulong Power);

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<Word> _words = [];

    /// <summary>Forgets every word, keeping the room they took (for a counter that reuses a merged one's tables).</summary>
    public void Clear()
    {
        _ids.Clear();
        _words.Clear();
    }

    /// <summary>How many distinct words; their ids are 0 … Count − 1.</summary>
    public int Count => _words.Count;

    /// <summary>The id of <paramref name="word"/> after counting <paramref name="occurrences"/> more of it.</summary>
    public int Add(string word, int occurrences = 1)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, word, out var seen);
        if (!seen)
        {
            id = _words.Count;
            var (hash, power) = SpanHash.Of(word);
            _words.Add(new Word(word, 0, hash, power));
        }
        ref var entry = ref CollectionsMarshal.AsSpan(_words)[id];
        entry = entry with { Occurrences = entry.Occurrences + occurrences };
        return id;
    }

    /// <summary>Counts one more occurrence of word <paramref name="id"/>.</summary>
    public void CountAgain(int id)
    {
        ref var entry = ref CollectionsMarshal.AsSpan(_words)[id];
        entry = entry with { Occurrences = entry.Occurrences + 1 };
    }

    public string Text(int id) => _words[id].Text;

    public int Occurrences(int id) => _words[id].Occurrences;

    /// <summary>The key of the words <paramref name="ids"/> side by side, for a <see cref="CharSpanTable{TValue}"/>.</summary>
    public WordsKey KeyOf(ReadOnlySpan<int> ids)
    {
        var words = CollectionsMarshal.AsSpan(_words);
        ulong hash = 0;
        var length = 0;
        foreach (var id in ids)
        {
            ref readonly var word = ref words[id];
            hash = SpanHash.Append(hash, word.Hash, word.Power);
            length += word.Text.Length;
        }
        return new WordsKey(ids, this, hash, length);
    }

    /// <summary>Words side by side as a table key: their characters are compared in place, one word after another.</summary>
    public readonly ref struct WordsKey(ReadOnlySpan<int> ids, WordTable table, ulong hash, int length) : ICharKey
    {
        private readonly ReadOnlySpan<int> _ids = ids;

        public ulong Hash => hash;

        public int Length => length;

        public bool Matches(ReadOnlySpan<char> chars)
        {
            var words = CollectionsMarshal.AsSpan(table._words);
            foreach (var id in _ids)
            {
                var text = words[id].Text;
                if (!chars.StartsWith(text.AsSpan()))
                    return false;
                chars = chars[text.Length..];
            }
            return true;
        }

        public void CopyTo(Span<char> destination)
        {
            var words = CollectionsMarshal.AsSpan(table._words);
            foreach (var id in _ids)
            {
                var text = words[id].Text;
                text.CopyTo(destination);
                destination = destination[text.Length..];
            }
        }
    }
}
