using System.Text.RegularExpressions;
using Playbooks.Corpus.Composing;

namespace Playbooks.Corpus.Harvesting;

/// <summary>
/// The domain words of words.txt in their groups (the "# ——— 社群 ———" headings). Swapping a word for another of
/// its group keeps a sentence on topic ("群规" for "入群门槛") while widening the vocabulary beyond the thirty real
/// playbooks, so a large synthetic corpus does not repeat the same few hundred terms.
/// </summary>
internal sealed partial class LexiconWords
{
    private readonly List<IReadOnlyList<string>> _groups = [];
    private readonly Dictionary<string, int> _groupOf = new(StringComparer.Ordinal);
    // Candidates by first character, longest first, so "企业微信" wins over "企业".
    private readonly Dictionary<char, List<string>> _byFirstChar = [];

    public IReadOnlyList<string> All { get; }

    public LexiconWords(string wordsTxt)
    {
        var current = new List<string>();
        foreach (var line in wordsTxt.Split('\n'))
        {
            if (line.Contains("———"))
            {
                StartGroup(ref current);
                continue;
            }
            var comment = line.IndexOf('#');
            var word = (comment >= 0 ? line[..comment] : line).Trim();
            if (word.Length is >= 2 and <= 8 && PlainScalar().IsMatch(word) && _groupOf.TryAdd(word, _groups.Count))
                current.Add(word);
        }
        StartGroup(ref current);

        foreach (var word in _groupOf.Keys)
        {
            if (!_byFirstChar.TryGetValue(word[0], out var list))
                _byFirstChar[word[0]] = list = [];
            list.Add(word);
        }
        foreach (var list in _byFirstChar.Values)
            list.Sort((a, b) => b.Length != a.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
        All = _groupOf.Keys.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Replaces one lexicon word found in <paramref name="text"/> with another word of its group, chosen by
    /// <paramref name="random"/>; returns the text unchanged when it contains no lexicon word.
    /// </summary>
    public string SwapOne(string text, CorpusRandom random)
    {
        var found = Occurrences(text);
        if (found.Count == 0)
            return text;
        var (start, old) = found[random.Next(found.Count)];
        var group = _groups[_groupOf[old]];
        var replacement = group[random.Next(group.Count)];
        return string.Concat(text.AsSpan(0, start), replacement, text.AsSpan(start + old.Length));
    }

    /// <summary>Lexicon words that <paramref name="text"/> contains, each once, in order of first appearance (candidate tags).</summary>
    public IEnumerable<string> FoundIn(string text) => Occurrences(text).Select(o => o.Word).Distinct();

    /// <summary>Non-overlapping occurrences, scanning left to right and preferring the longest word at each position.</summary>
    private List<(int Start, string Word)> Occurrences(string text)
    {
        var found = new List<(int Start, string Word)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!_byFirstChar.TryGetValue(text[i], out var candidates))
                continue;
            foreach (var word in candidates)
            {
                if (string.CompareOrdinal(text, i, word, 0, word.Length) == 0)
                {
                    found.Add((i, word));
                    i += word.Length - 1;
                    break;
                }
            }
        }
        return found;
    }

    private void StartGroup(ref List<string> current)
    {
        if (current.Count > 0)
            _groups.Add(current);
        current = [];
    }

    // Words that can be written as a YAML flow-sequence item without quotes, as the real tags are.
    [GeneratedRegex(@"^[^\s:#,\[\]{}&*!|>'""%@`?-][^\s:#,\[\]{}]*$")]
    public static partial Regex PlainScalar();
}
