namespace Playbooks.Search.Analysis;

internal static class CharClass
{
    /// <summary>Han ideographs (BMP blocks: CJK Unified, Extension A, Compatibility).</summary>
    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    public static bool AllHan(string s)
    {
        foreach (var c in s)
            if (!IsHan(c))
                return false;
        return s.Length > 0;
    }
}
