using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Parsing;
using Playbooks.Search.Storage;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Indexing;

/// <summary>
/// Files that declare the same id are named in search results exactly as <c>show</c> and <c>list</c> name them
/// (<see cref="KnowledgeBaseLoader"/>), whatever order they were indexed in: the id a result shows always opens that
/// playbook.
/// </summary>
public sealed class SharedIdRepairTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = FixtureCorpus.Create(synonyms: "");

    public void Dispose() => _kb.Dispose();

    private static PlaybookText Declaring(string id, string background) => new PlaybookText(id, "门店接单打印机掉线") { Background = background };

    private string? IdOf(SearchEngine engine, string query) => engine.Search(query).Results.FirstOrDefault()?.Id;

    private LoadedKnowledgeBase Loaded() => new KnowledgeBaseLoader(new PlaybookParser(FixedClock.Today)).Load(_kb.Root);

    /// <summary>What <c>show</c>, <c>list</c> and the site call the file at <paramref name="relative"/>.</summary>
    private string ShownId(string relative) =>
        Loaded().Valid
            .Single(p => p.Path == Path.Combine(_kb.Root, relative).Replace('\\', '/')).Id;

    [Fact]
    public void A_file_added_before_an_indexed_one_in_path_order_gets_the_id_show_gives_it()
    {
        _kb.Write("store/printer.md", Declaring("printer", "量子打印机在门店掉线。").ToString());
        _kb.Open().Dispose();
        _kb.Write("aa/printer.md", Declaring("printer", "平板死机的另一份纠缠。").ToString());

        using var engine = _kb.Open();

        Assert.Equal(ShownId("aa/printer.md"), IdOf(engine, "纠缠"));
        Assert.Equal(ShownId("store/printer.md"), IdOf(engine, "量子打印机"));
        Assert.Equal(("printer", "printer-2"), (IdOf(engine, "纠缠"), IdOf(engine, "量子打印机")));
    }

    [Fact]
    public void The_file_that_lost_its_id_gets_it_back_once_the_other_is_deleted()
    {
        _kb.Write("store/printer.md", Declaring("printer", "量子打印机在门店掉线。").ToString());
        _kb.Open().Dispose();
        _kb.Write("store/printer-copy.md", Declaring("printer", "平板死机的另一份纠缠。").ToString());
        using (var before = _kb.Open())
            Assert.Equal("printer-copy", IdOf(before, "纠缠"));
        _kb.Delete("store/printer.md");

        using var engine = _kb.Open();

        Assert.Equal("printer", IdOf(engine, "纠缠"));
        Assert.Equal(ShownId("store/printer-copy.md"), IdOf(engine, "纠缠"));
        Assert.Equal(Loaded().MetadataProblemCount, engine.LastRefresh.MetadataProblems);
    }

    [Fact]
    public void A_copy_under_another_name_never_takes_the_id_of_the_file_named_after_it()
    {
        _kb.Write("store/printer.md", Declaring("printer", "量子打印机在门店掉线。").ToString());
        _kb.Write("aa/copy.md", Declaring("printer", "平板死机的另一份纠缠。").ToString());

        using var engine = _kb.Open();

        Assert.Equal(("printer", "copy"), (IdOf(engine, "量子打印机"), IdOf(engine, "纠缠")));
        Assert.Equal(ShownId("aa/copy.md"), IdOf(engine, "纠缠"));
    }

    [Fact]
    public void An_id_moving_to_another_file_in_one_refresh_is_indexed_without_an_error()
    {
        _kb.Write("store/printer.md", Declaring("printer", "量子打印机在门店掉线。").ToString());
        _kb.Open().Dispose();
        // In one refresh the indexed file gives up its id and a new file earlier in path order takes it.
        _kb.Write("store/printer.md", Declaring("tablet", "量子打印机在门店掉线。").ToString());
        _kb.Write("aa/new.md", Declaring("printer", "平板死机的另一份纠缠。").ToString());

        using var engine = _kb.Open();

        Assert.Equal(("printer", "tablet"), (IdOf(engine, "纠缠"), IdOf(engine, "量子打印机")));
        Assert.Equal(ShownId("aa/new.md"), IdOf(engine, "纠缠"));
    }

    [Fact]
    public void Every_file_of_a_shared_id_is_counted_for_the_lint_note_as_lint_counts_it()
    {
        _kb.Write("store/printer.md", Declaring("printer", "量子打印机在门店掉线。").ToString());
        _kb.Open().Dispose();
        _kb.Write("store/printer-copy.md", Declaring("printer", "平板死机的另一份纠缠。").ToString());

        using var engine = _kb.Open();

        Assert.Equal(2, Loaded().MetadataProblemCount);
        Assert.Equal(Loaded().MetadataProblemCount, engine.LastRefresh.MetadataProblems);
    }

    [Fact]
    public void The_file_that_kept_a_shared_id_is_no_longer_counted_once_the_copy_is_deleted()
    {
        _kb.Write("store/printer.md", Declaring("printer", "量子打印机在门店掉线。").ToString());
        _kb.Write("store/printer-copy.md", Declaring("printer", "平板死机的另一份纠缠。").ToString());
        _kb.Open().Dispose();
        _kb.Delete("store/printer-copy.md");

        using var engine = _kb.Open();

        Assert.Equal(0, Loaded().MetadataProblemCount);
        Assert.Equal(0, engine.LastRefresh.MetadataProblems);
    }

    [Fact]
    public void A_guides_metadata_problem_is_counted_by_neither_the_index_nor_the_note_lint_gives()
    {
        _kb.Write("guides/welcome.md", """
            ---
            id: welcome
            title: 新人入门
            kind: guide
            order: 1
            updated: 2026-13-45
            ---

            ## 第一周

            先读完值班手册。
            """);

        using var engine = _kb.Open();

        Assert.Contains(Loaded().Findings, f => f.Code == Core.Diagnostics.FindingCodes.InvalidDate);
        Assert.Equal(0, Loaded().MetadataProblemCount);
        Assert.Equal(Loaded().MetadataProblemCount, engine.LastRefresh.MetadataProblems);
    }

    [Fact]
    public void Two_files_with_one_id_in_a_first_build_are_stored_under_the_ids_their_results_show()
    {
        // A first build makes each stored document on the analysing threads; the file that cannot keep its declared
        // id gets another one in the writer, and what is stored must be that playbook under its new id.
        _kb.Write("aa/one.md", Declaring("printer", "量子打印机在门店掉线。").ToString());
        _kb.Write("bb/two.md", Declaring("printer", "平板死机的另一份纠缠。").ToString());

        using var engine = _kb.Open();
        using var store = IndexStore.Open(_kb.IndexPath);

        var (original, copy) = (IdOf(engine, "量子打印机")!, IdOf(engine, "纠缠")!);
        Assert.NotEqual(original, copy);
        var (stored, storedCopy) = (store.LoadById(original)!.Value.Doc, store.LoadById(copy)!.Value.Doc);
        Assert.Equal((original, "aa/one.md"), (stored.Id, stored.Path));
        Assert.Equal((copy, "bb/two.md", true), (storedCopy.Id, storedCopy.Path, storedCopy.MetadataProblems));
    }
}
