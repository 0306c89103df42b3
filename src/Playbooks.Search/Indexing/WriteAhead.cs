using System.Runtime.ExceptionServices;

namespace Playbooks.Search.Indexing;

/// <summary>
/// Feeds the index writer its items in order, each made ready (analysed) on other threads a bounded distance ahead of
/// it: a full build holds the analyses of at most <see cref="Window"/> playbooks instead of every playbook's until the
/// commit (a 100 000-playbook build reached 18 GB that way), and the single writing thread and the analysing threads
/// overlap.
/// </summary>
/// <remarks>
/// The analysing threads take the next item as soon as they finish one, as long as it is inside the window; there is no
/// barrier between groups of items. The batches this replaced (256 items analysed by PLINQ, the next batch started only
/// when the writer took this one) split each batch into one contiguous half per core, so every batch ended with one
/// core idle behind the slower half, and the first batch was analysed in full before anything could be written.
/// </remarks>
internal static class WriteAhead
{
    /// <summary>
    /// Items prepared or being prepared ahead of the writer at most: what two batches of the former design held (a few
    /// hundred kilobytes of analysis a playbook). The writer needs a small fraction of the analysis's time per playbook,
    /// so the analysing threads reach the bound only while it flushes postings in the middle of a large build.
    /// </summary>
    public const int Window = 512;

    /// <summary>
    /// <paramref name="items"/> in order, each passed to <paramref name="prepare"/> (on another thread, one of
    /// <see cref="Environment.ProcessorCount"/>) before it is handed out. A failure of <paramref name="prepare"/> is
    /// thrown, as it was thrown, to the caller when it asks for its next item; a caller that stops early waits for the
    /// items being prepared, so nothing they use is disposed under them.
    /// </summary>
    public static IEnumerable<T> Prepared<T>(IReadOnlyList<T> items, Action<T> prepare, int window = Window)
    {
        if (items.Count == 0)
            yield break;
        if (items.Count == 1)
        {
            prepare(items[0]); // an ordinary refresh (one saved file) starts no thread
            yield return items[0];
            yield break;
        }
        using var ahead = new Pipeline<T>(items, prepare, window);
        for (var i = 0; i < items.Count; i++)
        {
            ahead.WaitFor(i);
            yield return items[i];
            ahead.Written(i);
        }
    }

    /// <summary>The analysing threads and what they share with the writer; every field is guarded by <see cref="_gate"/>.</summary>
    private sealed class Pipeline<T> : IDisposable
    {
        private readonly IReadOnlyList<T> _items;
        private readonly Action<T> _prepare;
        private readonly int _window;
        private readonly bool[] _ready;
        private readonly object _gate = new(); // a monitor, not a Lock: the threads wait on it
        private readonly Task[] _workers;
        private int _next; // the first item no thread has taken
        private int _written; // items the writer is done with
        private bool _stopped;
        private ExceptionDispatchInfo? _failure;

        public Pipeline(IReadOnlyList<T> items, Action<T> prepare, int window)
        {
            _items = items;
            _prepare = prepare;
            _window = Math.Max(1, window);
            _ready = new bool[items.Count];
            // The pool's threads, as PLINQ's were: the analyzer keeps ICU iterators per thread for as long as it lives
            // (a server's), so threads of their own, new with every refresh, would each leave one behind. They block
            // only while the window is full, i.e. while the writer is a window behind, which it never is for long.
            _workers = new Task[Math.Min(Environment.ProcessorCount, items.Count)];
            for (var t = 0; t < _workers.Length; t++)
                _workers[t] = Task.Run(Work);
        }

        private void Work()
        {
            while (true)
            {
                int item;
                lock (_gate)
                {
                    while (!_stopped && _next < _items.Count && _next >= _written + _window)
                        Monitor.Wait(_gate);
                    if (_stopped || _next >= _items.Count)
                        return;
                    item = _next++;
                }
                try
                {
                    _prepare(_items[item]);
                }
                catch (Exception ex)
                {
                    lock (_gate)
                    {
                        _failure ??= ExceptionDispatchInfo.Capture(ex);
                        _stopped = true;
                        Monitor.PulseAll(_gate);
                    }
                    return;
                }
                lock (_gate)
                {
                    _ready[item] = true;
                    if (item == _written)
                        Monitor.PulseAll(_gate); // the writer waits for exactly this one
                }
            }
        }

        /// <summary>Blocks until item <paramref name="index"/> is prepared; throws what a preparation threw.</summary>
        public void WaitFor(int index)
        {
            lock (_gate)
            {
                while (!_ready[index] && _failure is null)
                    Monitor.Wait(_gate);
                _failure?.Throw();
            }
        }

        /// <summary>The writer is done with item <paramref name="index"/>: the window moves on by one.</summary>
        public void Written(int index)
        {
            lock (_gate)
            {
                _written = index + 1;
                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>Stops handing out items and waits for the ones being prepared.</summary>
        public void Dispose()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
            Task.WaitAll(_workers); // Work catches every failure of prepare, so this does not throw
        }
    }
}
