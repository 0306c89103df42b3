using System.Runtime.InteropServices;

namespace Playbooks.Search.Analysis;

/// <summary>
/// One ICU word break iterator for the zh_CN locale, driven through <see cref="IcuBreakFunctions"/>. Not thread-safe
/// (ICU's iterators are not): one per thread. A safe handle, so an iterator that is never disposed is still closed.
/// </summary>
internal sealed unsafe class NativeWordBreakIterator : SafeHandle
{
    private const int WordBreaks = 1; // UBRK_WORD
    private static readonly byte[] Locale = "zh_CN\0"u8.ToArray();

    private readonly IcuBreakFunctions _icu;

    public NativeWordBreakIterator(IcuBreakFunctions icu) : base(IntPtr.Zero, ownsHandle: true)
    {
        _icu = icu;
        var status = 0;
        fixed (byte* locale = Locale)
            SetHandle(icu.Open(WordBreaks, locale, null, 0, &status));
        if (status > 0 || handle == IntPtr.Zero)
            throw new InvalidOperationException($"ICU could not open a word break iterator (UErrorCode {status}).");
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
