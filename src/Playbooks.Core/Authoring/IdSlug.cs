using System.Text;

namespace Playbooks.Core.Authoring;

/// <summary>Joins romanised words into a short kebab-case id: <c>["maochong", "zhujiao", "la", "ren"]</c> → <c>maochong-zhujiao-la-ren</c>.</summary>
public static class IdSlug
{
    /// <summary>Ids longer than this are hard to type and to read in a path; existing ids are 10–30 characters.</summary>
    public const int MaxLength = 32;

    /// <summary>The first few words of a title name the incident; the rest make the id long without helping.</summary>
    public const int MaxWords = 4;

    /// <summary>Used when a title has nothing that spells in ASCII (only emoji or punctuation).</summary>
    public const string Fallback = "playbook";

    /// <summary>
    /// Folds each word to ASCII letters and digits (accents dropped, other characters split words), then keeps whole
    /// words up to <see cref="MaxWords"/> and <see cref="MaxLength"/>; a single over-long word is cut.
    /// </summary>
    public static string FromWords(IEnumerable<string> words)
    {
        var kept = new List<string>();
        var length = 0;
        foreach (var piece in words.SelectMany(Fold).Take(MaxWords))
        {
            if (kept.Count > 0 && length + 1 + piece.Length > MaxLength)
                break;
            length += (kept.Count > 0 ? 1 : 0) + piece.Length;
            kept.Add(piece);
        }
        // A number left dangling at the end ("tiyanke-0") reads like a collision suffix ("-2"): drop it.
        while (kept.Count > 1 && kept[^1].All(char.IsAsciiDigit))
            kept.RemoveAt(kept.Count - 1);
        var id = string.Join('-', kept);
        id = id.Length > MaxLength ? id[..MaxLength].TrimEnd('-') : id;
        if (PlaybookId.IsReserved(id))
            return $"{id}-{Fallback}"; // "con.md" cannot exist on Windows
        return id.Length > 0 ? id : Fallback;
    }

    private static IEnumerable<string> Fold(string word)
    {
        var ascii = new StringBuilder();
        foreach (var c in word.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsAsciiLetterOrDigit(c))
                ascii.Append(char.ToLowerInvariant(c));
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
                ascii.Append(' ');
        }
        return ascii.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
