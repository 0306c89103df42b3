namespace Playbooks.Benchmarks.ServeLoad;

/// <summary>
/// Saves one playbook every second while the load runs (issue #17: the server keeps its rate while files are edited),
/// alternating between its original text and one with an added word, so every save is a real change to re-index.
/// </summary>
internal sealed class PlaybookEditor(string knowledgeBase) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _editing;

    public int Saves { get; private set; }

    public void Start() => _editing = EditAsync(_stop.Token);

    private async Task EditAsync(CancellationToken stop)
    {
        var file = Path.Combine(knowledgeBase, "community", "bot-flood.md");
        var original = await File.ReadAllTextAsync(file, stop);
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stop);
                Saves++;
                await File.WriteAllTextAsync(file, Saves % 2 == 1 ? original.Replace("僵尸号", "僵尸号, 水军号") : original, CancellationToken.None);
            }
        }
        catch (OperationCanceledException)
        {
            // the run is over
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_editing is not null)
            await _editing;
        _stop.Dispose();
    }
}
