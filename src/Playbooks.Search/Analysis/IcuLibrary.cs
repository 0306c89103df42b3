using System.Runtime.InteropServices;

namespace Playbooks.Search.Analysis;

/// <summary>
/// The system's ICU common library (<c>libicuuc</c>), found and versioned without icu.net: the functions we call
/// directly (<see cref="IcuBreakFunctions"/>) come from it, and its version keys the cached character tables.
/// </summary>
/// <remarks>
/// Why not ask icu.net: its static initialiser (reading deps.json, compiling a Regex, binding every function through
/// marshalling delegates) cost a cold <c>playbooks search</c> about 166 ms of CPU, and the search path needs only
/// the library and its version. ICU installs its libraries under versioned names and exports its functions with the
/// major version appended (<c>u_getVersion_72</c>) unless built without renaming, so probing those names from the
/// newest version down finds the library icu.net would pick. When the probe fails, icu.net (<see cref="IcuRuntime"/>)
/// finds ICU as before — and reports a missing libicu with its Chinese error. Thread-safe.
/// </remarks>
internal sealed unsafe class IcuLibrary
{
    // ICU 50 (2012) to well beyond the newest release; newest first, as a system may keep an older one for old programs.
    private const int NewestMajor = 90;
    private const int OldestMajor = 50;

    private IcuLibrary(IntPtr handle, string suffix, string version)
    {
        Handle = handle;
        Suffix = suffix;
        Version = version;
    }

    public IntPtr Handle { get; }

    /// <summary>What ICU appends to its function names: <c>_72</c>, or empty for a build without renaming.</summary>
    public string Suffix { get; }

    /// <summary>ICU's version as icu.net's <c>Wrapper.IcuVersion</c> formats it (72.1, 74.2.1).</summary>
    public string Version { get; }

    private static readonly Lazy<IcuLibrary?> Shared = new(Resolve, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The library, or null when only icu.net can reach ICU (then its functions are called through icu.net).
    /// Throws the "ICU missing" error when neither way finds ICU.
    /// </summary>
    public static IcuLibrary? Find() => Shared.Value;

    /// <summary>The version of the system ICU in use (keys the cached character tables).</summary>
    public static string VersionInUse => Find()?.Version ?? IcuRuntime.Version;

    private static IcuLibrary? Resolve() => Probe() ?? AfterIcuNet();

    private static IcuLibrary? Probe()
    {
        for (var major = NewestMajor; major >= OldestMajor; major--)
            if (TryOpen(VersionedName(major), major) is { } library)
                return library;
        return TryOpen(UnversionedName(), major: null);
    }

    // icu.net found ICU where the probe did not (a custom ICU folder, say): bind the library of the version it uses.
    private static IcuLibrary? AfterIcuNet()
    {
        var version = IcuRuntime.Version;
        var major = int.Parse(version.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);
        foreach (var name in new[] { VersionedName(major), UnversionedName() })
            if (NativeLibrary.TryLoad(name, out var handle))
                foreach (var suffix in new[] { $"_{major}", "" })
                    if (NativeLibrary.TryGetExport(handle, "ubrk_open" + suffix, out _))
                        return new IcuLibrary(handle, suffix, version);
        return null;
    }

    private static IcuLibrary? TryOpen(string name, int? major)
    {
        if (!NativeLibrary.TryLoad(name, out var handle))
            return null;
        var info = stackalloc byte[4]; // UVersionInfo: major, minor, milli, micro
        foreach (var suffix in major is { } m ? new[] { $"_{m}", "" } : [""])
            if (NativeLibrary.TryGetExport(handle, "u_getVersion" + suffix, out var getVersion))
            {
                ((delegate* unmanaged[Cdecl]<byte*, void>)getVersion)(info);
                if (major is null || info[0] == major)
                    return new IcuLibrary(handle, suffix, Format(info[0], info[1], info[2], info[3]));
            }
        NativeLibrary.Free(handle);
        return null;
    }

    /// <summary>icu.net's format: major.minor, then milli and micro only where they are not zero.</summary>
    internal static string Format(byte major, byte minor, byte milli, byte micro) =>
        micro > 0 ? $"{major}.{minor}.{milli}.{micro}"
        : milli > 0 ? $"{major}.{minor}.{milli}"
        : $"{major}.{minor}";

    private static string VersionedName(int major) =>
        OperatingSystem.IsWindows() ? $"icuuc{major}.dll"
        : OperatingSystem.IsMacOS() ? $"libicuuc.{major}.dylib"
        : $"libicuuc.so.{major}";

    // Windows 10's system ICU (icu.dll) and a build without renaming export the names without a suffix.
    private static string UnversionedName() =>
        OperatingSystem.IsWindows() ? "icu.dll" : OperatingSystem.IsMacOS() ? "libicuuc.dylib" : "libicuuc.so";
}
