namespace Playbooks.Search.Analysis;

/// <summary>Character classes the analysis stages, their cached tables and the site's browser tables share.</summary>
public static class CharClass
{
    private const char ExtensionAFirst = '\u3400', ExtensionALast = '\u4DBF';
    private const char UnifiedFirst = '\u4E00', UnifiedLast = '\u9FFF';
    private const char CompatibilityFirst = '\uF900', CompatibilityLast = '\uFAFF';

    /// <summary>
    /// The BMP Han blocks <see cref="IsHan"/> accepts, in code point order (Extension A, CJK Unified, Compatibility).
    /// Tables with one entry per Han character are laid out in this order (<see cref="HanTransliterationTable"/>).
    /// </summary>
    public static IReadOnlyList<(char First, char Last)> HanBlocks { get; } =
        [(ExtensionAFirst, ExtensionALast), (UnifiedFirst, UnifiedLast), (CompatibilityFirst, CompatibilityLast)];

    /// <summary>Han ideographs (BMP blocks: CJK Unified, Extension A, Compatibility); the commonest block is tested first.</summary>
    public static bool IsHan(char c) =>
        c is >= UnifiedFirst and <= UnifiedLast or >= ExtensionAFirst and <= ExtensionALast or >= CompatibilityFirst and <= CompatibilityLast;

    public static bool AllHan(string s)
    {
        foreach (var c in s)
            if (!IsHan(c))
                return false;
        return s.Length > 0;
    }
}
