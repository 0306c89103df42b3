namespace Playbooks.Search.Analysis;

/// <summary>
/// Initialises icu.net exactly once per process, before any icu.net object is created. Only the fallbacks use it:
/// the search path calls ICU directly (<see cref="IcuLibrary"/>). Public for the CLI's line wrapping fallback.
/// </summary>
public static class IcuRuntime
{
    /// <summary>
    /// Set to 1 in a child process by tests that prove a command never initialises icu.net (its static initialiser is
    /// the largest cost of a cold start, see <see cref="IcuLibrary"/>): initialising it then fails as our bug would.
    /// </summary>
    internal const string ForbiddenVariable = "PLAYBOOKS_TEST_FORBID_ICU_NET";

    private static readonly Lazy<bool> Initialised = new(() =>
    {
        if (Environment.GetEnvironmentVariable(ForbiddenVariable) == "1")
            throw new InvalidOperationException($"icu.net was initialised although {ForbiddenVariable}=1.");
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
