using System.Runtime.InteropServices;

namespace Playbooks.Search.Analysis;

/// <summary>
/// The five functions of ICU's C break-iterator API (<c>ubrk_*</c>) that word segmentation calls per boundary, bound
/// directly as unmanaged function pointers from the system ICU (<see cref="IcuLibrary"/>). Word segmentation and the
/// CLI's line wrapping use them.
/// </summary>
/// <remarks>
/// Why not icu.net here: its <c>RuleBasedBreakIterator.SetText</c> walks every boundary of the text up front, and for
/// each one allocates a 128-int array (plus a trimmed copy and a boundary object) to read the rule status, calling
/// through marshalling delegates. That is about 0.5 KB of garbage per boundary — hundreds of kilobytes per playbook —
/// and it made segmentation allocation-bound: two threads did little more work than one. These pointers cost a plain
/// native call per boundary and allocate nothing. icu.net stays the binding for everything else (and for this too
/// when these symbols cannot be found: <see cref="Load"/> returns null and <see cref="IcuWordSegmenter"/> falls back).
/// </remarks>
internal sealed unsafe class IcuBreakFunctions
{
    private IcuBreakFunctions(IntPtr library, string suffix)
    {
        Open = (delegate* unmanaged[Cdecl]<int, byte*, char*, int, int*, IntPtr>)NativeLibrary.GetExport(library, "ubrk_open" + suffix);
        SetText = (delegate* unmanaged[Cdecl]<IntPtr, char*, int, int*, void>)NativeLibrary.GetExport(library, "ubrk_setText" + suffix);
        Next = (delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int>)NativeLibrary.GetExport(library, "ubrk_next" + suffix);
        RuleStatus = (delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int>)NativeLibrary.GetExport(library, "ubrk_getRuleStatus" + suffix);
        Close = (delegate* unmanaged[Cdecl]<IntPtr, void>)NativeLibrary.GetExport(library, "ubrk_close" + suffix);
    }

    /// <summary><c>ubrk_open(type, locale, text, textLength, &amp;status)</c>.</summary>
    public readonly delegate* unmanaged[Cdecl]<int, byte*, char*, int, int*, IntPtr> Open;
    /// <summary><c>ubrk_setText(iterator, text, textLength, &amp;status)</c>: the text is not copied, it must stay pinned.</summary>
    public readonly delegate* unmanaged[Cdecl]<IntPtr, char*, int, int*, void> SetText;
    // The two calls made per boundary (a few million in a full build) skip the switch to preemptive GC mode and back,
    // which cost more than ubrk_getRuleStatus itself: both only read or advance the iterator's own state (the longest,
    // ubrk_next on a run of Han, is the dictionary search of one piece, microseconds), never block, never call back into
    // .NET, and a collection started meanwhile on another thread waits only that long.
    /// <summary><c>ubrk_next(iterator)</c>: the next boundary, or -1 (<c>UBRK_DONE</c>).</summary>
    public readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int> Next;
    /// <summary><c>ubrk_getRuleStatus(iterator)</c>: the largest rule status of the last boundary, as icu.net reports it.</summary>
    public readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int> RuleStatus;
    public readonly delegate* unmanaged[Cdecl]<IntPtr, void> Close;

    private static readonly Lazy<IcuBreakFunctions?> Shared = new(Resolve, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The functions of the system ICU, or null when its library or symbols cannot be found.</summary>
    public static IcuBreakFunctions? Load() => Shared.Value;

    private static IcuBreakFunctions? Resolve()
    {
        if (IcuLibrary.Find() is not { } icu || !NativeLibrary.TryGetExport(icu.Handle, "ubrk_open" + icu.Suffix, out _))
            return null;
        try
        {
            return new IcuBreakFunctions(icu.Handle, icu.Suffix);
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
    }
}
