using System.Buffers;
using System.Text;

namespace Playbooks.Search.Analysis;

/// <summary>
/// Stage 1: NFKC (which also folds full-width Latin and digits to half-width), Latin lower-case,
/// Traditional → Simplified (ICU's "Traditional-Simplified" transliterator), control characters → space.
/// </summary>
/// <remarks>
/// Works character by character so every output character maps back to a source offset (snippets highlight
/// the user's own text). ICU's transliterator is character-level for Han, so per-character conversion gives
/// the same result as whole-string conversion; results are cached in a 64K table because calling into ICU
/// for every character of a 100k-playbook corpus would dominate indexing time. The Traditional → Simplified answers
/// themselves come from a table kept in the user's cache folder (<see cref="HanTransliterationCache"/>): creating
/// ICU's transliterator cost each cold process 20–35 ms. Thread-safe.
/// </remarks>
public sealed class TextNormalizer
{
    private readonly string?[] _cache = new string?[char.MaxValue + 1];
    private readonly CharacterTransliterator _traditionalToSimplified;

    private static readonly Lazy<TextNormalizer> SharedInstance = new(() => new TextNormalizer());

    /// <summary>One process-wide instance: its cache does not depend on any lexicon.</summary>
    public static TextNormalizer Shared => SharedInstance.Value;

    /// <summary>A normaliser whose Traditional → Simplified table is kept in the user's cache folder.</summary>
    public TextNormalizer() : this(HanTransliterationCache.ForUser())
    {
    }

    /// <param name="tables">Where the Traditional → Simplified table is kept; null to ask ICU for every character.</param>
    internal TextNormalizer(HanTransliterationCache? tables)
    {
        _traditionalToSimplified = new CharacterTransliterator("Traditional-Simplified", "traditional-simplified", tables);
    }

    public NormalizedText Normalize(string text) => NormalizeCharForChar(text) ?? NormalizeWithOffsets(text);

    /// <summary>
    /// The common case, without an offset table: every character becomes exactly one character (full-width punctuation
    /// and Latin fold to one half-width character, Traditional to one Simplified); null as soon as one does not.
    /// </summary>
    private NormalizedText? NormalizeCharForChar(string text)
    {
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            return MapCharForChar(text, chars) ? new NormalizedText(text, new string(chars, 0, text.Length), null) : null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Writes the normalised <paramref name="text"/> into <paramref name="chars"/>; false if a character does not map to one.</summary>
    private bool MapCharForChar(string text, char[] chars)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // Astral characters pass through unchanged, as in NormalizeWithOffsets.
                chars[i] = c;
                chars[i + 1] = text[i + 1];
                i++;
                continue;
            }
            var mapped = Map(c);
            if (mapped.Length != 1)
                return false;
            chars[i] = mapped[0];
        }
        return true;
    }

    private NormalizedText NormalizeWithOffsets(string text)
    {
        var builder = new StringBuilder(text.Length);
        var offsets = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // Astral characters (emoji, rare Han) pass through unchanged; they are never CJK bigram material.
                builder.Append(c).Append(text[i + 1]);
                offsets.Add(i);
                offsets.Add(i + 1);
                i++;
                continue;
            }
            var mapped = Map(c);
            foreach (var m in mapped)
            {
                builder.Append(m);
                offsets.Add(i);
            }
        }
        return new NormalizedText(text, builder.ToString(), offsets.ToArray());
    }

    /// <summary>Normalises a lexicon entry or a single term (no offsets needed).</summary>
    public string NormalizeTerm(string term) => Normalize(term).Text.Trim();

    private string Map(char c)
    {
        if (c < 0x80)
            return c switch
            {
                >= 'A' and <= 'Z' => ((char)(c + 32)).ToString(),
                < ' ' or '\u007F' => " ",
                _ => AsciiStrings[c],
            };
        return _cache[c] ??= Compute(c);
    }

    private string Compute(char c)
    {
        if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            return c is '\u200D' or '\u200C' or '\u200B' or '\uFEFF' ? "" : " ";
        // Noncharacters (U+FDD0–U+FDEF, U+FFFE, U+FFFF) are never text, and .NET's normalisation throws on them.
        if (c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF')
            return " ";
        var folded = c.ToString().Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        return folded.Length == 1 && CharClass.IsHan(folded[0]) ? _traditionalToSimplified.Of(folded[0]) : folded;
    }

    private static readonly string[] AsciiStrings = Enumerable.Range(0, 128).Select(i => ((char)i).ToString()).ToArray();
}
