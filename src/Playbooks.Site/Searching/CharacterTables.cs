using System.Text;
using Playbooks.Search.Analysis;

namespace Playbooks.Site.Searching;

/// <summary>
/// The two character tables the browser needs to analyse a query as the CLI does, generated from the C# analysis
/// stages themselves (so they can never disagree with them): Traditional → Simplified from
/// <see cref="TextNormalizer"/>, and toneless pinyin from <see cref="PinyinTable"/>.
/// </summary>
internal static class CharacterTables
{
    /// <summary>
    /// Pairs "繁简繁简…": each Han character whose normalised form (after NFKC and lower-casing, which the browser does
    /// itself) the normaliser changes, followed by what it becomes. Only one-to-one mappings occur (checked).
    /// </summary>
    public static string TraditionalToSimplified(TextNormalizer normalizer)
    {
        var map = new SortedDictionary<char, char>();
        foreach (var (first, last) in CharClass.HanBlocks)
        {
            for (var c = first; c <= last; c++)
            {
                var nfkc = c.ToString().Normalize(NormalizationForm.FormKC).ToLowerInvariant();
                var normalised = normalizer.Normalize(c.ToString()).Text;
                if (normalised == nfkc || nfkc.Length != 1)
                    continue;
                if (normalised.Length != 1)
                    throw new InvalidOperationException($"Traditional→Simplified maps U+{(int)c:X4} to {normalised.Length} characters; the browser table holds one.");
                map[nfkc[0]] = normalised[0];
            }
        }
        var builder = new StringBuilder(map.Count * 2);
        foreach (var (from, to) in map)
            builder.Append(from).Append(to);
        return builder.ToString();
    }

    /// <summary>
    /// Syllable → the characters read that way, for every character of <paramref name="required"/> (all characters of
    /// the indexed bigrams, whose spellings the browser derives) plus the 6 763 characters of GB 2312, the set pinyin
    /// input methods offer first and so where homophone typos come from. Rarer characters cost more to look up at
    /// every build (one ICU call each) and to download than their typos are worth.
    /// Characters without a reading are absent; the browser then uses the character itself, as the CLI does.
    /// </summary>
    public static SortedDictionary<string, string> Pinyin(IEnumerable<char> required)
    {
        var characters = new SortedSet<char>(required.Where(CharClass.IsHan));
        characters.UnionWith(Gb2312.Value);
        var groups = new SortedDictionary<string, StringBuilder>(StringComparer.Ordinal);
        foreach (var c in characters)
        {
            var reading = PinyinTable.Shared.Of(c);
            if (reading.Length == 1 && reading[0] == c)
                continue;
            if (!groups.TryGetValue(reading, out var chars))
                groups[reading] = chars = new StringBuilder();
            chars.Append(c);
        }
        return new SortedDictionary<string, string>(groups.ToDictionary(kv => kv.Key, kv => kv.Value.ToString()), StringComparer.Ordinal);
    }

    // GB 2312 levels 1 and 2: rows 0xB0–0xF7, cells 0xA1–0xFE (the last five cells of row 0xD7 are unassigned).
    private static readonly Lazy<IReadOnlyList<char>> Gb2312 = new(() =>
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var characters = new List<char>(6763);
        var pair = new byte[2];
        for (var row = 0xB0; row <= 0xF7; row++)
        {
            for (var cell = 0xA1; cell <= 0xFE; cell++)
            {
                pair[0] = (byte)row;
                pair[1] = (byte)cell;
                var decoded = gbk.GetString(pair);
                if (decoded.Length == 1 && CharClass.IsHan(decoded[0]))
                    characters.Add(decoded[0]);
            }
        }
        return characters;
    });
}
