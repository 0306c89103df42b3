using Playbooks.Search.Indexing;
using Spectre.Console;

namespace Playbooks.Cli.Output;

/// <summary>
/// Shows on stderr how an index build advances, once it has taken longer than <see cref="CliEnvironment.ProgressDelay"/>
/// (a first build of 3,000 playbooks takes about 20 s; an ordinary refresh is over long before anything shows). The
/// engine only reports (<see cref="IndexProgress"/>); the work runs on a worker thread while this thread renders the
/// latest report with Spectre's progress display, which clears itself when the work ends.
/// </summary>
internal sealed class IndexProgressDisplay : IProgress<IndexProgress>
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    private readonly Lock _gate = new();
    private IndexProgress _latest;

    /// <summary>Called by the engine, from any thread: only remembers the report.</summary>
    public void Report(IndexProgress value)
    {
        lock (_gate)
            _latest = value;
    }

    private IndexProgress Latest
    {
        get
        {
            lock (_gate)
                return _latest;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/>, showing its progress when <paramref name="enabled"/> and it outlasts the delay.
    /// Not enabled, it runs on this thread with no progress receiver, exactly as before. Exceptions come out unwrapped.
    /// </summary>
    public static T Run<T>(CliEnvironment env, bool enabled, Func<IProgress<IndexProgress>?, T> work)
    {
        if (!enabled)
            return work(null);
        var display = new IndexProgressDisplay();
        var task = Task.Run(() => work(display));
        // WaitAny, not Wait: a failure must come out of GetResult below as itself, not inside an AggregateException.
        // A zero delay shows the display whatever the work does: waiting zero can still find the work done (this thread
        // descheduled right after Task.Run on a busy machine), and "show from the start" must not depend on that race.
        if (env.ProgressDelay <= TimeSpan.Zero || Task.WaitAny([task], env.ProgressDelay) < 0)
            display.Render(env.ErrorConsole, task);
        return task.GetAwaiter().GetResult();
    }

    private void Render(IAnsiConsole console, Task work)
    {
        if (console.Profile.Capabilities is { Ansi: true, Interactive: true })
            RenderLive(console, work);
        else
            RenderLines(console, work);
    }

    /// <summary>
    /// A terminal without cursor control (TERM=dumb, some CI and IDE consoles) gets one line per stage. Spectre's own
    /// fallback there prints only at 25 %, 50 %… of a bar, so the indeterminate stages (reading, learning, writing) and a
    /// short build showed nothing at all.
    /// </summary>
    private void RenderLines(IAnsiConsole console, Task work)
    {
        IndexStage? shown = null;
        do
        {
            var now = Latest;
            if (now.Stage != shown)
            {
                console.WriteLine(DescribeStage(now));
                shown = now.Stage;
            }
        }
        while (Task.WaitAny([work], Tick) < 0);
    }

    private void RenderLive(IAnsiConsole console, Task work) =>
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var bar = context.AddTask(Describe(Latest));
                do
                {
                    var now = Latest;
                    bar.Description = Describe(now);
                    bar.IsIndeterminate = now.Total == 0;
                    if (now.Total > 0)
                    {
                        bar.MaxValue = now.Total;
                        bar.Value = now.Done;
                    }
                    context.Refresh();
                }
                while (Task.WaitAny([work], Tick) < 0);
            });

    /// <summary>A stage as one line of its own: the count a bar would move is given as the whole.</summary>
    public static string DescribeStage(IndexProgress progress) => progress.Stage == IndexStage.Analysing
        ? $"建立索引：分析 {progress.Total} 篇预案…"
        : Describe(progress) + "…";

    /// <summary>What the index is doing, in the user's words.</summary>
    public static string Describe(IndexProgress progress) => progress.Stage switch
    {
        IndexStage.Reading => "建立索引：检查预案文件",
        IndexStage.Analysing => $"建立索引：分析预案 {progress.Done}/{progress.Total}",
        IndexStage.Learning => "建立索引：从预案中学习领域词",
        _ => "建立索引：写入索引文件",
    };
}
