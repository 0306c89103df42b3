using System.Runtime.InteropServices;

namespace Playbooks.Search.Analysis;

/// <summary>
/// One ICU break iterator (word or line boundaries) for the zh_CN locale, driven through <see cref="IcuBreakFunctions"/>. Not thread-safe
/// (ICU's iterators are not): one per thread. A safe handle, so an iterator that is never disposed is still closed.
/// </summary>
internal sealed unsafe class NativeBreakIterator : SafeHandle
{
    public const int WordBreaks = 1; // UBRK_WORD
    public const int LineBreaks = 2; // UBRK_LINE
    private static readonly byte[] Locale = "zh_CN\0"u8.ToArray();

    private readonly IcuBreakFunctions _icu;

    /// <param name="type"><see cref="WordBreaks"/> or <see cref="LineBreaks"/>.</param>
    public NativeBreakIterator(IcuBreakFunctions icu, int type) : base(IntPtr.Zero, ownsHandle: true)
    {
        _icu = icu;
        var status = 0;
        fixed (byte* locale = Locale)
            SetHandle(icu.Open(type, locale, null, 0, &status));
        if (status > 0 || handle == IntPtr.Zero)
            throw new InvalidOperationException($"ICU could not open a break iterator of type {type} (UErrorCode {status}).");
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Points the iterator at <paramref name="text"/>, which must stay pinned for as long as it is iterated.</summary>
    public void SetText(char* text, int length)
    {
        var status = 0;
        _icu.SetText(handle, text, length, &status);
        if (status > 0)
            throw new InvalidOperationException($"ICU could not take the text to segment (UErrorCode {status}).");
    }

    /// <summary>The next boundary after the current one, or -1 at the end.</summary>
    public int Next() => _icu.Next(handle);

    /// <summary>The rule status of the boundary <see cref="Next"/> returned last.</summary>
    public int RuleStatus() => _icu.RuleStatus(handle);

    protected override bool ReleaseHandle()
    {
        _icu.Close(handle);
        return true;
    }
}
