using Playbooks.Search.Analysis;
using Playbooks.Search.Lexicons;

namespace Playbooks.Search.Querying;

/// <summary>A query after analysis: distinct terms of each representation, and every surface form to highlight.</summary>
/// <param name="Spellings">Likely typo bigrams with their pinyin spelling (节图 → jietu), and Latin words that may be
/// pinyin typed for a Chinese word (kuaidi), each as its own spelling.</param>
public sealed record QueryTerms(IReadOnlyList<string> Words, IReadOnlyList<string> Bigrams, IReadOnlyList<(string Bigram, string Pinyin)> Spellings, IReadOnlyDictionary<string, string> Surfaces)
{
    public bool IsEmpty => Words.Count == 0 && Bigrams.Count == 0;

    /// <summary>
    /// Bigrams that straddle a boundary between the query's words wherever they occur in it (群里刷屏 → 里刷): they
    /// are not what the operator said, only where two things they said meet. Empty for a document's own terms.
    /// </summary>
    public IReadOnlySet<string> StraddlingBigrams { get; init; } = new HashSet<string>();

    public static QueryTerms From(AnalyzedText analyzed, Lexicon lexicon, int maxWords, int maxBigrams)
    {
        var words = analyzed.Words.Select(t => t.Term).Distinct(StringComparer.Ordinal).Take(maxWords).ToList();
        var bigrams = analyzed.Bigrams.Where(g => !TypedAlone(g, analyzed.Words)).Select(t => t.Term).Distinct(StringComparer.Ordinal).Take(maxBigrams).ToList();
        // Typo candidates: bigrams the segmenter could only cut into two single characters (节|图, 荡|机). A bigram
        // that is a word of its own (妹子) is not a typo just because the knowledge base never uses it, and allowing
        // half-split bigrams (图|传出去 → 图传) let more noise in than typos out on both query sets.
        var singles = analyzed.Words.Where(t => t.Term.Length == 1 && t.End - t.Start == 1).Select(t => t.Start).ToHashSet();
        bool IsCandidate(Token gram) => gram.Term.Length == 2 && singles.Contains(gram.Start) && singles.Contains(gram.Start + 1);
        var spellings = !analyzed.Bigrams.Any(IsCandidate)
            ? []
            : analyzed.Bigrams.Zip(analyzed.Pinyin, (b, p) => (Gram: b, Spelling: p.Term))
                .Where(x => IsCandidate(x.Gram))
                .Select(x => (x.Gram.Term, x.Spelling)).Distinct().Take(maxBigrams).ToList();
        spellings = spellings.Concat(PinyinSpellings(words, analyzed.Words, lexicon).Select(w => (w, w))).Distinct().Take(maxBigrams).ToList();

        // Surface form → the query term it stands for: the term itself plus the other words of its synonym group.
        var surfaces = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            surfaces.TryAdd(word, word);
            if (lexicon.GroupsByCanonical.TryGetValue(word, out var group))
                foreach (var synonym in group)
                    surfaces.TryAdd(synonym, word);
        }
        return new QueryTerms(words, bigrams, spellings, surfaces) { StraddlingBigrams = Straddling(analyzed, singles) };
    }

    /// <summary>
    /// A Han character the operator typed on its own (<c>群</c>, <c>群 刷屏</c>): no other word touches it. It is a word
    /// query, and the word representation looks it up. The bigram representation holds a lone character only where a
    /// playbook has one between spaces, Latin letters or punctuation (<c>QQ 群</c>), so that term is rare, and its idf
    /// put the one playbook with <c>QQ 群</c> above every playbook about groups. A lone character touching a Latin word
    /// (<c>B站</c>) stays: there the playbook's text has the same lone character.
    /// </summary>
    private static bool TypedAlone(Token gram, IReadOnlyList<Token> words) =>
        gram.Term.Length == 1 && !words.Any(w => w.End == gram.Start || w.Start == gram.End);

    /// <summary>
    /// Bigrams none of whose occurrences lies inside one word. A bigram touching a single-character word (退|宽, 图|传出去)
    /// does not count: single characters are what the segmenter leaves of a typo or a word it does not know, and there
    /// the bigram is the best evidence. What is left straddles two real words, or a word and a dropped stop word.
    /// </summary>
    private static HashSet<string> Straddling(AnalyzedText analyzed, IReadOnlySet<int> singles)
    {
        var inside = new HashSet<string>(StringComparer.Ordinal);
        var outside = new HashSet<string>(StringComparer.Ordinal);
        foreach (var gram in analyzed.Bigrams)
        {
            if (gram.Term.Length != 2)
                continue;
            // A single-character word is where typos and unknown words show (退|宽), so a bigram touching one counts
            // in full, unless its other character is a stop word the word analysis dropped (群|里): a particle next to
            // a word says no more than the word.
            bool Kept(int at) => analyzed.Words.Any(w => w.Start <= at && at < w.End);
            var touchesSingle = (singles.Contains(gram.Start) || singles.Contains(gram.Start + 1)) && Kept(gram.Start) && Kept(gram.Start + 1);
            var within = touchesSingle || analyzed.Words.Any(w => w.Start <= gram.Start && gram.End <= w.End);
            (within ? inside : outside).Add(gram.Term);
        }
        outside.ExceptWith(inside);
        return outside;
    }

    /// <summary>Shortest Latin word taken for pinyin: two syllables need at least four letters (kefu, shua, ...).</summary>
    public const int MinPinyinWordLength = 4;

    /// <summary>
    /// Latin words that may be pinyin typed instead of Chinese ("kuaidi 不揽收", "tuikuan"). Ranking looks each one up
    /// among the knowledge base's bigram spellings, so it only ever meets a word the knowledge base has. English comes
    /// first: a word of the English glossary (ban, live, refund) is never read as pinyin, and neither is anything
    /// shorter than two syllables (bug, app) or with digits.
    /// </summary>
    private static IEnumerable<string> PinyinWords(IEnumerable<string> words, Lexicon lexicon) =>
        words.Where(w => w.Length >= MinPinyinWordLength && IsLatin(w, lexicon));

    /// <summary>
    /// What to look up as pinyin, in this order: each pinyin word whole, then, for a word of three or more syllables,
    /// its adjacent syllable pairs (putianxie → putian, tianxie: the index spells bigrams, and 莆田鞋 has no bigram
    /// spelled putianxie); then the pairs of a run of words that are one syllable each (mai jia pao lu → maijia,
    /// jiapao, paolu). <paramref name="tokens"/> are the query's words in order, for the runs.
    /// </summary>
    private static IEnumerable<string> PinyinSpellings(IEnumerable<string> words, IReadOnlyList<Token> tokens, Lexicon lexicon)
    {
        foreach (var word in PinyinWords(words, lexicon))
        {
            yield return word;
            if (PinyinSyllables.Split(word) is { Count: >= 3 } syllables)
                for (var i = 0; i + 1 < syllables.Count; i++)
                    yield return syllables[i] + syllables[i + 1];
        }
        for (var i = 0; i + 1 < tokens.Count; i++)
            if (IsSyllableWord(tokens[i].Term, lexicon) && IsSyllableWord(tokens[i + 1].Term, lexicon))
                yield return tokens[i].Term + tokens[i + 1].Term;
    }

    private static bool IsSyllableWord(string word, Lexicon lexicon) => PinyinSyllables.IsSyllable(word) && IsLatin(word, lexicon);

    private static bool IsLatin(string word, Lexicon lexicon) => word.All(char.IsAsciiLetterLower) && !lexicon.English.ContainsKey(word);
}
