using System.Text.RegularExpressions;

namespace Playbooks.Core.Authoring.Import;

/// <summary>
/// Recognises a numbered line as Chinese write-ups number them: <c>1、</c> <c>2.</c> <c>3．</c> <c>4）</c>
/// <c>一、</c> <c>十二、</c>, and the sub-item forms <c>(1)</c> <c>（二）</c> <c>①</c>.
/// </summary>
internal static partial class Numbering
{
    /// <summary>A numbered line: its number, a style key (digits × separator) and the text after the marker.</summary>
    /// <param name="Number">The number written, 1-based.</param>
    /// <param name="Style">Two lines with the same style belong to the same numbering sequence (for example "arabic、").</param>
    /// <param name="Text">What follows the marker, trimmed.</param>
    /// <param name="IsSubItem">True for (1) and ① forms, which number items inside an item and never a case.</param>
    public readonly record struct Marker(int Number, string Style, string Text, bool IsSubItem);

    public static Marker? Match(string line)
    {
        var match = Top().Match(line);
        if (match.Success && ParseNumber(match.Groups["n"].Value) is { } number)
        {
            var digits = char.IsAsciiDigit(Fold(match.Groups["n"].Value)[0]) ? "arabic" : "han";
            var separator = match.Groups["sep"].Value switch { "、" => "、", "." or "．" => ".", _ => ")" };
            return new Marker(number, digits + separator, match.Groups["text"].Value.Trim(), false);
        }
        match = Parenthesised().Match(line);
        if (match.Success && ParseNumber(match.Groups["n"].Value) is { } sub)
            return new Marker(sub, "paren", match.Groups["text"].Value.Trim(), true);
        if (line.Length > 1 && line[0] is >= '①' and <= '⑳')
            return new Marker(line[0] - '①' + 1, "circled", line[1..].Trim(), true);
        return null;
    }

    /// <summary>1–3 digits (half- or full-width) or Chinese numerals up to 九十九; null for anything else.</summary>
    public static int? ParseNumber(string text)
    {
        text = Fold(text.Trim());
        if (text.Length == 0)
            return null;
        if (text.All(char.IsAsciiDigit))
            return int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        // 十 = 10, 十二 = 12, 二十 = 20, 二十三 = 23; 〇/零 only as a units digit (一〇 is not a way anyone numbers cases).
        var tens = text.IndexOf('十');
        if (tens < 0)
            return text.Length == 1 ? Digit(text[0]) : null;
        var high = tens == 0 ? 1 : tens == 1 ? Digit(text[0]) : null;
        var low = tens == text.Length - 1 ? 0 : tens == text.Length - 2 ? Digit(text[^1]) : null;
        return high is > 0 && low is not null ? high * 10 + low : null;
    }

    private static int? Digit(char c)
    {
        var index = "零一二三四五六七八九".IndexOf(c);
        return index >= 0 ? index : c == '〇' ? 0 : null;
    }

    private static string Fold(string text) =>
        string.Concat(text.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c));

    // A dot followed by a digit is a decimal ("2.0 版本", "3.5 元"), not a marker; text must follow the marker.
    [GeneratedRegex(@"^(?<n>[0-9０-９]{1,3}|[一二三四五六七八九十〇零]{1,3})\s*(?<sep>、|[.．](?![0-9０-９])|[)）])\s*(?<text>\S.*)$")]
    private static partial Regex Top();

    [GeneratedRegex(@"^[(（]\s*(?<n>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]\s*(?<text>\S.*)$")]
    private static partial Regex Parenthesised();
}
