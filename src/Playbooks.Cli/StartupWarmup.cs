using Playbooks.Search.Analysis;
using Playbooks.Search.Lexicons;

namespace Playbooks.Cli;

/// <summary>
/// Starts the process-wide set-up that nearly every command needs (the native ICU library, found and bound directly
/// without icu.net, the Traditional → Simplified table, the built-in lexicon files, ICU's word-break data) on a thread-pool thread, so that it
/// overlaps building and parsing the command line instead of following it. A cold <c>playbooks search</c> is one
/// short process on a machine with at least two cores: this moves tens of milliseconds off its wall time (README,
/// Performance) without changing what runs.
/// </summary>
/// <remarks>
/// The shared steps are process-wide <see cref="Lazy{T}"/> values: the command that needs one waits for the warm-up's
/// result, or meets the same exception (a missing libicu) and reports it as it always did, so failures are not handled here.
/// Called from <c>Program</c> only, not from <see cref="CliApp.RunAsync"/>: in-process tests keep their order of events.
/// </remarks>
internal static class StartupWarmup
{
    private const string WarmupText = "群里有人刷屏";

    public static void Begin() => ThreadPool.UnsafeQueueUserWorkItem(static _ => Run(), null);

    private static void Run()
    {
        try
        {
            _ = BaseLexicon.BuiltIn;
            // ICU keeps the word-break rules and its Chinese dictionary in process-wide caches once one iterator has
            // cut Han text; the command's own segmenter then starts from them.
            using var segmenter = new IcuWordSegmenter();
            segmenter.Segment(TextNormalizer.Shared.Normalize(WarmupText));
        }
        catch (Exception)
        {
            // The command that needs the same step fails the same way, and reports it (see remarks).
        }
    }
}
