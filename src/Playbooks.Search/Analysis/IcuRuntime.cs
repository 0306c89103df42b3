namespace Playbooks.Search.Analysis;

/// <summary>
/// Initialises the native ICU library exactly once per process, before any ICU object is created. Public for the
/// CLI's line wrapping (ICU line breaks), which must not initialise ICU a second way.
/// </summary>
public static class IcuRuntime
{
    private static readonly Lazy<bool> Initialised = new(() =>
    {
        try
        {
            Icu.Wrapper.Init();
            return true;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or TypeInitializationException or FileLoadException)
        {
            throw new Core.PlaybooksException(
                "找不到系统的 ICU 库（libicu），无法进行中文分词",
                "安装 libicu：Debian/Ubuntu 运行 `apt-get install libicu72`（或发行版对应版本），macOS 运行 `brew install icu4c`",
                null, Core.ErrorKind.IcuMissing);
        }
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureInitialised() => _ = Initialised.Value;

    /// <summary>The version of the system ICU in use (keys the cached character tables).</summary>
    public static string Version
    {
        get
        {
            EnsureInitialised();
            return Icu.Wrapper.IcuVersion;
        }
    }
}
