namespace Playbooks.Search.Analysis;

/// <summary>
/// Cuts normalised text into pieces that ICU's word break segments exactly as it segments them inside the whole text,
/// so each piece can be segmented (and cached) on its own: after a space, 。, 、, ! or ? that is followed by a Han
/// character, an ASCII letter or an ASCII digit, and after a comma, semicolon or colon between two Han characters (a
/// clause: templates repeat clauses more often than whole sentences, and a clause met again is not segmented again).
/// </summary>
/// <remarks>
/// Why those cuts are exact (Unicode word-break rules, UAX #29, as ICU implements them): a boundary always falls before
/// and after each of those characters (none is MidLetter, MidNum or MidNumLet, so no rule joins across them; a space
/// joins only a following space, WB3d), except that Extend, Format and ZWJ characters attach to the character before
/// them (WB4), hence the condition on the next character. ICU's dictionary (for Han) works on each run of dictionary
/// characters between rule-based boundaries, so it never sees across a cut either. The comma, the semicolon and the
/// full stop are not cuts in general: they are MidNum or MidNumLet (1,000, 3.5), and NFKC turns ，and ；into them. But
/// those rules (WB6, WB7, WB11, WB12) and the colon's (MidLetter) join only letters or digits on both sides, and a Han
/// character is neither (it is not ALetter, and ICU leaves it to its dictionary), so between two Han characters a comma,
/// a semicolon or a colon has a boundary on each side and ends the dictionary's run like 。does.
/// </remarks>
public static class SegmentationPieces
{
    /// <summary>
    /// The end of the piece of <paramref name="text"/> that starts at <paramref name="start"/>: the next cut, or the end
    /// of the text. Pieces are walked with <c>for (var s = 0; s &lt; text.Length; s = end) end = PieceEnd(text, s);</c>.
    /// </summary>
    public static int PieceEnd(ReadOnlySpan<char> text, int start)
    {
        for (var i = start + 1; i < text.Length; i++)
            if (IsCutAfter(text[i - 1]) && StartsPiece(text[i]) || IsClauseMark(text[i - 1]) && i >= 2 && CharClass.IsHan(text[i - 2]) && CharClass.IsHan(text[i]))
                return i;
        return text.Length;
    }

    private static bool IsCutAfter(char c) => c is ' ' or '。' or '、' or '!' or '?';

    // After NFKC: ，；：
    private static bool IsClauseMark(char c) => c is ',' or ';' or ':';

    private static bool StartsPiece(char c) => CharClass.IsHan(c) || char.IsAsciiLetterOrDigit(c);
}
