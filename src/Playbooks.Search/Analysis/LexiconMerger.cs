using System.Runtime.InteropServices;

namespace Playbooks.Search.Analysis;

/// <summary>
/// Stage 2b: re-cuts ICU's segmentation of Chinese text so that domain words come out whole.
/// </summary>
/// <remarks>
/// ICU's dictionary often cuts inside domain words (刷|屏, 微|信号), and sometimes its cuts straddle them
/// (企业|微|信里, 电|商店|长), so simply joining whole ICU tokens is not enough. Within each run of adjacent Han
/// tokens this stage scans left to right; at every ICU boundary, and right after a lexicon word, it takes the
/// longest lexicon word starting there (企业微信, then 里); where none starts, it keeps ICU's token. Lookups
/// never start inside an ICU token, which keeps ICU's correct words intact (符合|规则 does not become 符|合规|则).
/// Offsets are in the normalised text. Thread-safe (read-only state).
/// </remarks>
public sealed class LexiconMerger
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _mixed;
    private readonly int _mixedCount;
    /// <summary>
    /// The lexicon words starting with each character: the longest one's length, and which lengths from 2 to 63 occur
    /// (bit n: a word of n characters). Most positions start no word at all, and those that do are looked up only at the
    /// lengths some word starting there has: each look-up hashes the characters, and a character that starts a 2- and a
    /// 4-character word was otherwise looked up at every length from the longest down.
    /// </summary>
    private readonly Dictionary<char, (int Longest, ulong Lengths)> _wordsFrom;
    private readonly bool _empty;

    public LexiconMerger(IReadOnlySet<string> words, int maxWordLength)
    {
        var set = new HashSet<string>(words.Where(w => w.Length >= 2 && w.Length <= maxWordLength && CharClass.AllHan(w)), StringComparer.Ordinal);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordsFrom = set.GroupBy(w => w[0]).ToDictionary(g => g.Key,
            g => (g.Max(w => w.Length), g.Aggregate(0UL, (lengths, w) => w.Length < 64 ? lengths | 1UL << w.Length : lengths)));
        // Words mixing Han with Latin or digits (b站, up主, qq群, 0元课): ICU always cuts at the script change,
        // so they can only be rebuilt by joining whole adjacent tokens.
        var mixed = new HashSet<string>(words.Where(w => w.Any(CharClass.IsHan) && !CharClass.AllHan(w)), StringComparer.Ordinal);
        _mixed = mixed.GetAlternateLookup<ReadOnlySpan<char>>();
        _mixedCount = mixed.Count;
        _empty = set.Count == 0 && mixed.Count == 0;
    }

    public List<Token> Merge(string normalized, List<Token> tokens)
    {
        if (_empty || tokens.Count == 0)
            return tokens;
        var output = new List<Token>(tokens.Count);
        MergeInto(normalized, CollectionsMarshal.AsSpan(tokens), output);
        return output;
    }

    // Per thread, reused text after text: where mixed-script words are joined before the re-cut.
    [ThreadStatic] private static List<Token>? _joined;

    /// <summary>
    /// <see cref="Merge"/>'s tokens appended to <paramref name="output"/>, read from <paramref name="tokens"/> without
    /// changing it: an index build re-cuts the tokens its segmentation cache keeps into one list per thread.
    /// </summary>
    internal void MergeInto(string normalized, ReadOnlySpan<Token> tokens, List<Token> output)
    {
        if (_empty || tokens.Length == 0)
        {
            output.AddRange(tokens);
            return;
        }
        if (_mixedCount > 0)
            tokens = JoinMixed(normalized, tokens);
        var i = 0;
        while (i < tokens.Length)
        {
            if (!CharClass.AllHan(tokens[i].Term))
            {
                output.Add(tokens[i++]);
                continue;
            }
            // The run of adjacent all-Han tokens starting at i.
            var runEnd = i + 1;
            while (runEnd < tokens.Length && tokens[runEnd].Start == tokens[runEnd - 1].End && CharClass.AllHan(tokens[runEnd].Term))
                runEnd++;
            RecutRun(normalized, tokens, i, runEnd, output);
            i = runEnd;
        }
    }

    /// <summary>
    /// Joins 2–3 adjacent tokens whose concatenation is a mixed-script lexicon word: the same tokens when none do, otherwise
    /// this thread's <see cref="_joined"/> list (valid until the next call).
    /// </summary>
    private ReadOnlySpan<Token> JoinMixed(string text, ReadOnlySpan<Token> tokens)
    {
        List<Token>? output = null; // filled from the first join: most texts have none
        var i = 0;
        while (i < tokens.Length)
        {
            var joined = 0;
            string? word = null;
            for (var n = Math.Min(3, tokens.Length - i); n >= 2 && joined == 0; n--)
            {
                var last = tokens[i + n - 1];
                var adjacent = true;
                for (var k = i + 1; k < i + n; k++)
                    adjacent &= tokens[k].Start == tokens[k - 1].End;
                if (adjacent && _mixed.TryGetValue(text.AsSpan(tokens[i].Start, last.End - tokens[i].Start), out word))
                    joined = n;
            }
            if (joined == 0)
            {
                output?.Add(tokens[i]);
                i++;
                continue;
            }
            if (output is null)
            {
                output = _joined ??= [];
                output.Clear();
                output.AddRange(tokens[..i]);
            }
            output.Add(new Token(word!, tokens[i].Start, tokens[i + joined - 1].End));
            i += joined;
        }
        return output is null ? tokens : CollectionsMarshal.AsSpan(output);
    }

    private void RecutRun(string text, ReadOnlySpan<Token> tokens, int first, int end, List<Token> output)
    {
        var runStart = tokens[first].Start;
        var runStop = tokens[end - 1].End;
        var covering = first; // the ICU token covering p: p only moves forward, so neither does this
        var p = runStart;
        while (p < runStop)
        {
            if (LongestWordAt(text, p, runStop) is { } word)
            {
                output.Add(new Token(word, p, p + word.Length));
                p += word.Length;
                continue;
            }
            while (tokens[covering].End <= p)
                covering++;
            var next = tokens[covering].End;
            output.Add(p == tokens[covering].Start ? tokens[covering] : new Token(text[p..next], p, next));
            p = next;
        }
    }

    /// <summary>The lexicon's own string for the longest word at <paramref name="start"/> (a build shares one string per word), or null.</summary>
    private string? LongestWordAt(string text, int start, int stop)
    {
        if (!_wordsFrom.TryGetValue(text[start], out var from))
            return null;
        for (var length = Math.Min(from.Longest, stop - start); length >= 2; length--)
            if ((length >= 64 || (from.Lengths & 1UL << length) != 0) && _lookup.TryGetValue(text.AsSpan(start, length), out var word))
                return word;
        return null;
    }
}
