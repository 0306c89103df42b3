using System.Collections.Concurrent;

namespace Playbooks.Search.Analysis;

/// <summary>
/// Stage 5 (second representation): overlapping Han character bigrams of the normalised text (一段简单 → 一段 段简 简单),
/// so a segmentation miss or a substring query still matches. A lone Han character between non-Han text is
/// emitted as a unigram so it stays searchable. Thread-safe.
/// </summary>
public sealed class CjkBigrams
{
    /// <summary>At most a million shared bigrams (~50 MB); past that, new bigrams are made but not kept.</summary>
    private const int MaxShared = 1 << 20;

    // One string per distinct bigram, keyed by its two characters: an index build keeps every playbook's terms until it
    // commits, and a fresh two-character string per occurrence was a large part of what the collector had to copy.
    private readonly ConcurrentDictionary<int, string> _shared = new();
    // ConcurrentDictionary.Count takes every lock of the table; this counter is read on every new bigram instead.
    private int _sharedCount;

    public List<Token> Extract(NormalizedText text)
    {
        var grams = new List<Token>(text.Text.Length); // at most one gram per character: no regrowth
        var sink = new TokenSink(grams);
        Walk(text.Text, ref sink);
        return grams;
    }

    /// <summary>
    /// The same grams as <see cref="Extract"/>, in the same order, as terms only, appended to <paramref name="terms"/>: an
    /// index build stores no offsets, and a token list per field was garbage the collector had to sweep.
    /// </summary>
    public void ExtractTerms(string normalized, List<string> terms)
    {
        var sink = new TermSink(terms);
        Walk(normalized, ref sink);
    }

    // The walk is generic over a struct sink so each kind of output gets its own compiled loop (no delegate call per
    // gram, and nothing Native AOT cannot precompile).
    private void Walk<TSink>(string s, ref TSink sink) where TSink : struct, IGramSink
    {
        var i = 0;
        while (i < s.Length)
        {
            if (!CharClass.IsHan(s[i]))
            {
                i++;
                continue;
            }
            var runStart = i;
            while (i < s.Length && CharClass.IsHan(s[i]))
                i++;
            if (i - runStart == 1)
            {
                sink.Add(Shared(s, runStart, 1), runStart, i);
                continue;
            }
            for (var k = runStart; k + 1 < i; k++)
                sink.Add(Shared(s, k, 2), k, k + 2);
        }
    }

    private interface IGramSink
    {
        void Add(string term, int start, int end);
    }

    private readonly struct TokenSink(List<Token> tokens) : IGramSink
    {
        public void Add(string term, int start, int end) => tokens.Add(new Token(term, start, end));
    }

    private readonly struct TermSink(List<string> terms) : IGramSink
    {
        public void Add(string term, int start, int end) => terms.Add(term);
    }

    private string Shared(string text, int start, int length)
    {
        var key = length == 1 ? text[start] : text[start] << 16 | text[start + 1]; // a Han first character is never 0
        if (_shared.TryGetValue(key, out var term))
            return term;
        term = text.Substring(start, length);
        if (Volatile.Read(ref _sharedCount) < MaxShared && _shared.TryAdd(key, term))
            Interlocked.Increment(ref _sharedCount);
        return term;
    }
}
