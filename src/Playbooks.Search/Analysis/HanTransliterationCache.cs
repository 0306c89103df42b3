using Playbooks.Core.FileSystem;

namespace Playbooks.Search.Analysis;

/// <summary>
/// A folder of <see cref="HanTransliterationFile"/>s, one per transliterator and ICU version, so a process reads a
/// table instead of creating ICU's transliterator (20–35 ms for Traditional-Simplified, 120–170 ms for Han-Latin).
/// </summary>
/// <remarks>
/// The folder is per user, not per knowledge base: the tables depend only on ICU. A missing, damaged or stale file
/// is rebuilt from ICU (about 0.1 s for Traditional-Simplified and 0.5 s for Han-Latin, once per ICU version) and
/// written to a temporary file first, then renamed over the old one, so concurrent processes never read half a
/// table. Thread-safe.
/// </remarks>
internal sealed class HanTransliterationCache(string folder)
{
    public string Folder { get; } = folder;

    /// <summary>
    /// <c>icu</c> in the user's cache (<see cref="UserCache"/>: <c>$XDG_CACHE_HOME/playbooks/icu</c>, else
    /// <c>~/.cache/playbooks/icu</c>); null when there is none (then tables are not kept and each process asks ICU).
    /// </summary>
    public static HanTransliterationCache? ForUser(Func<string, string?>? environment = null) =>
        UserCache.Folder(environment ?? Environment.GetEnvironmentVariable) is { } folder
            ? new HanTransliterationCache(Path.Combine(folder, "icu"))
            : null;

    /// <summary>The file holding the table of <paramref name="name"/> for ICU <paramref name="icuVersion"/>.</summary>
    public string PathOf(string name, string icuVersion) => Path.Combine(Folder, $"{name}-icu{icuVersion}.bin");

    /// <summary>
    /// The table of <paramref name="transliteratorId"/> from the folder, built with <paramref name="transliterate"/>
    /// and saved when absent; null when it is absent and the folder cannot be written (building it would then be
    /// paid by every process, which is worse than asking ICU character by character).
    /// </summary>
    public HanTransliterationTable? LoadOrBuild(string name, string transliteratorId, string icuVersion, Func<char, string> transliterate)
    {
        var path = PathOf(name, icuVersion);
        if (HanTransliterationFile.TryRead(path, icuVersion, transliteratorId) is { } cached)
            return cached;

        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        FileStream stream;
        try
        {
            Directory.CreateDirectory(Folder);
            stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        try
        {
            var table = HanTransliterationTable.Build(transliterate);
            try
            {
                using (stream)
                    HanTransliterationFile.Write(stream, table, icuVersion, transliteratorId);
                // The rename is atomic, so readers see the old file or the whole new one; a write torn by a crash
                // fails the checksum and is rebuilt.
                File.Move(temporary, path, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A full disk, say: this process keeps the table it built, the next one tries to save it again.
            }
            return table;
        }
        finally
        {
            stream.Dispose();
            if (File.Exists(temporary))
                TryDelete(temporary);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file is harmless: it is never read.
        }
    }
}
