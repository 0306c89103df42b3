using System.Collections.Concurrent;
using Playbooks.Search.Indexing;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Indexing;

/// <summary>The engine says how a refresh advances, so a front end can show it while a big knowledge base is indexed.</summary>
public sealed class IndexProgressTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = FixtureCorpus.Create(synonyms: "");

    public void Dispose() => _kb.Dispose();

    /// <summary>Records every report; the engine may report from several threads at once.</summary>
    private sealed class Recorder : IProgress<IndexProgress>
    {
        public ConcurrentQueue<IndexProgress> Reports { get; } = new();

        public void Report(IndexProgress value) => Reports.Enqueue(value);
    }

    private Recorder Open()
    {
        var recorder = new Recorder();
        SearchEngine.Open(_kb.Root, _kb.IndexPath, clock: FixedClock.Today, progress: recorder).Dispose();
        return recorder;
    }

    [Fact]
    public void A_build_reports_each_stage_in_order_and_counts_every_playbook_analysed()
    {
        var reports = Open().Reports.ToList();

        Assert.Equal([IndexStage.Reading, IndexStage.Analysing, IndexStage.Learning, IndexStage.Writing], reports.Select(r => r.Stage).Distinct());
        var analysing = reports.Where(r => r.Stage == IndexStage.Analysing).ToList();
        Assert.All(analysing, r => Assert.Equal(6, r.Total));
        Assert.Equal(Enumerable.Range(0, 7), analysing.Select(r => r.Done).Order());
    }

    [Fact]
    public void A_refresh_without_changed_content_analyses_and_learns_nothing()
    {
        Open();

        var stages = Open().Reports.Select(r => r.Stage).ToList();

        // Files written this instant are hashed again (the racy-stamp rule), so their stamps may be written; nothing more.
        Assert.Equal(IndexStage.Reading, stages[0]);
        Assert.DoesNotContain(IndexStage.Analysing, stages);
        Assert.DoesNotContain(IndexStage.Learning, stages);
    }
}
