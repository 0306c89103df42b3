using System.Globalization;
using System.Text;

namespace Playbooks.Site.Searching;

/// <summary>
/// What SQLite's <c>unicode61</c> tokenizer makes of one analysed term, so the in-memory index counts exactly the
/// tokens the FTS5 index counts: runs of letters (L*), numbers (N*) and private-use characters (Co), its default
/// token categories; everything else separates. Terms are lower-case already (the analyzer folds case).
/// </summary>
/// <remarks>
/// A term such as <c>3.5</c> is two tokens in FTS5. The CLI looks query terms up whole in the FTS5 vocabulary, so it
/// never finds such a term; keying postings by token reproduces that (the term is simply absent), while the
/// tokens still count towards the document length that BM25 normalises by.
/// </remarks>
internal static class FtsTokens
{
    public static void Split(string term, List<string> tokens)
    {
        tokens.Clear();
        if (IsSingleToken(term))
        {
            tokens.Add(term);
            return;
        }
        var current = new StringBuilder();
        foreach (var rune in term.EnumerateRunes())
        {
            if (IsTokenRune(rune))
            {
                current.Append(rune.ToString());
                continue;
            }
            if (current.Length > 0)
                tokens.Add(current.ToString());
            current.Clear();
        }
        if (current.Length > 0)
            tokens.Add(current.ToString());
    }

    /// <summary>True when the whole term is one token (the common case: Han words, bigrams, pinyin, Latin words).</summary>
    public static bool IsSingleToken(string term)
    {
        if (term.Length == 0)
            return false;
        foreach (var rune in term.EnumerateRunes())
            if (!IsTokenRune(rune))
                return false;
        return true;
    }

    private static bool IsTokenRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.PrivateUse => true,
        _ => false,
    };
}
