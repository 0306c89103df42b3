using Playbooks.Core;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;
using Playbooks.Search;
using Playbooks.Search.Analysis;
using Playbooks.Search.Authoring;
using Playbooks.Search.Indexing;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Querying;

namespace Playbooks.Application;

/// <summary>
/// One knowledge base as every front end uses it: the CLI's commands, the server's API and pages, and the site
/// generator all open, search, show, list and lint through here. It owns what they would otherwise each redo:
/// result paths shown as the user gave the folder, the result limit (<see cref="ResultLimit"/>), and the unknown-id
/// error with its suggestions (<see cref="UnknownPlaybookId"/>).
/// </summary>
/// <remarks>
/// Reading commands never pay for the index: it is opened (built or refreshed) on the first search or similar, and
/// closed by <see cref="Dispose"/>. Searches are thread-safe; <see cref="Load"/> reads the files afresh on each call.
/// </remarks>
public sealed class KnowledgeBase : IDisposable
{
    private readonly KnowledgeBaseOptions _options;
    private readonly string _currentDirectory;
    private readonly KnowledgeBaseLoader _loader;
    private readonly Lock _opening = new();
    private SearchEngine? _engine;

    public KnowledgeBase(KnowledgeBaseOptions options)
    {
        _options = options;
        _currentDirectory = options.CurrentDirectory ?? Environment.CurrentDirectory;
        FullRoot = Path.GetFullPath(options.Folder, _currentDirectory);
        _loader = new KnowledgeBaseLoader(new PlaybookParser(options.Clock));
    }

    /// <summary>The folder as the user gave it; every path shown starts with it.</summary>
    public string Root => _options.Folder;

    /// <summary>The folder, absolute.</summary>
    public string FullRoot { get; }

    /// <summary>
    /// The search index, opened (and brought up to date) on first use. Most callers want <see cref="Search"/> and
    /// <see cref="Similar"/>, whose paths are the user's; the engine's are relative to the folder.
    /// </summary>
    /// <exception cref="PlaybooksException">The folder is gone, or holds no playbooks (codes <c>missing-directory</c>, <c>not-a-knowledge-base</c>).</exception>
    public SearchEngine Engine
    {
        get
        {
            if (_engine is { } open)
                return open;
            lock (_opening)
            {
                if (_engine is null)
                {
                    SearchEngine OpenWith(IProgress<IndexProgress>? progress) =>
                        SearchEngine.Open(FullRoot, _options.IndexPath, clock: _options.Clock, storage: _options.Storage, progress: progress);
                    var engine = _options.OpenIndex is { } openIndex ? openIndex(OpenWith) : OpenWith(null);
                    _options.Opened?.Invoke(engine.LastRefresh);
                    _engine = engine;
                }
                return _engine;
            }
        }
    }

    /// <summary>A path relative to the folder (as the index and the loader's parts keep them) as the user sees it.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative).Replace('\\', '/');

    /// <summary>Parses every file now, and tells <see cref="KnowledgeBaseOptions.Loaded"/>.</summary>
    /// <exception cref="PlaybooksException">The folder does not exist or may not be read.</exception>
    public LoadedKnowledgeBase Load()
    {
        var loaded = _loader.Load(Root, _currentDirectory);
        _options.Loaded?.Invoke(loaded);
        return loaded;
    }

    /// <summary>Every finding in every file and in the tree; nothing is left out and nobody is told but the caller.</summary>
    /// <exception cref="PlaybooksException">The folder does not exist or may not be read.</exception>
    public LoadedKnowledgeBase Lint()
    {
        var loaded = _loader.Load(Root, _currentDirectory);
        // The team's lexicon files belong to the knowledge base too: a word in two synonym groups, a line without "=" in
        // english.txt or a file saved as GBK silently changes search, so lint reports them beside the playbooks.
        var teamFolder = LexiconLoader.FolderOf(FullRoot).Replace('\\', '/') + "/";
        var lexicon = LexiconLoader.Load(FullRoot, TextNormalizer.Shared).Findings
            .Select(f => f.Path.StartsWith(teamFolder, StringComparison.Ordinal) ? f with { Path = PathOf($"{LexiconLoader.FolderName}/{f.Path[teamFolder.Length..]}") } : f);
        return loaded with { TreeFindings = [.. loaded.TreeFindings, .. lexicon] };
    }

    /// <summary>
    /// <see cref="Lint()"/>, plus with <paramref name="similarCheck"/> a <c>possible-duplicate</c> warning at the title
    /// of each playbook that looks like another one (<see cref="DuplicateCheck"/>).
    /// </summary>
    public LoadedKnowledgeBase Lint(bool similarCheck)
    {
        var loaded = Lint();
        if (!similarCheck || !loaded.Files.Any(f => f.Playbook is { Kind: PlaybookKind.Playbook }))
            return loaded;
        var warnings = loaded.Files
            .Where(f => f.IsUsable && f.Playbook!.Kind == PlaybookKind.Playbook)
            .SelectMany(f => DuplicateCheck.Check(Engine, f.Playbook!.Title, f.Playbook.Tags, excludeId: f.Playbook.Id)
                .Take(1)
                .Select(m => DuplicateWarning.Finding(f.Path, f.Playbook, m with { Path = PathOf(m.Path) })))
            .ToList();
        return loaded with { TreeFindings = [.. loaded.TreeFindings, .. warnings] };
    }

    /// <summary>The playbooks a draft with this title and tags would repeat (<see cref="DuplicateCheck"/>), paths as the user sees them.</summary>
    public IReadOnlyList<DuplicateMatch> Duplicates(string title, IReadOnlyList<string> tags) =>
        DuplicateCheck.Check(Engine, title, tags).Select(m => m with { Path = PathOf(m.Path) }).ToList();

    /// <summary>The playbook or guide with this id (surrounding spaces ignored).</summary>
    /// <exception cref="PlaybooksException">No readable file has it (code <c>unknown-id</c>, with the closest ids).</exception>
    public Playbook Show(string id)
    {
        var wanted = id.Trim();
        var valid = Load().Valid;
        return valid.FirstOrDefault(p => p.Id == wanted) ?? throw UnknownPlaybookId.Error(wanted, valid.Select(p => p.Id));
    }

    /// <summary>
    /// The catalog: playbooks by category, then id; with <paramref name="includeGuides"/>, the guides after them in
    /// reading order.
    /// </summary>
    public IReadOnlyList<Playbook> List(bool includeGuides = false) =>
        Load().Valid
            .Where(p => includeGuides || p.Kind == PlaybookKind.Playbook)
            .OrderBy(p => p.Kind)
            .ThenBy(p => p.Kind == PlaybookKind.Guide ? p.Order ?? int.MaxValue : 0)
            .ThenBy(p => p.Category, StringComparer.Ordinal)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>The playbooks that match a description, best first, with paths as the user sees them.</summary>
    /// <exception cref="PlaybooksException">
    /// <paramref name="limit"/> is not allowed (<see cref="ResultLimit.Check"/>), the description is empty, or the index cannot be opened.
    /// </exception>
    public SearchResponse Search(string query, int limit = ResultLimit.Default, bool explain = false)
    {
        ResultLimit.Check(limit);
        return WithUserPaths(Engine.Search(query, limit, explain));
    }

    /// <summary>The playbooks closest to <paramref name="id"/> (itself excluded), with paths as the user sees them.</summary>
    /// <exception cref="PlaybooksException">The limit is not allowed, or no playbook has the id (code <c>unknown-id</c>, with the closest ids).</exception>
    public SearchResponse Similar(string id, int limit = ResultLimit.Default)
    {
        ResultLimit.Check(limit);
        return WithUserPaths(Engine.Similar(id.Trim(), limit));
    }

    /// <summary>
    /// The search analyzer of this folder's lexicon, without the index (the site generator learns its own vocabulary
    /// from the files it renders). The caller disposes it.
    /// </summary>
    public Analyzer LexiconAnalyzer() => new(LexiconLoader.Load(FullRoot, TextNormalizer.Shared));

    private SearchResponse WithUserPaths(SearchResponse response) =>
        response with { Results = response.Results.Select(r => r with { Path = PathOf(r.Path) }).ToList() };

    public void Dispose() => _engine?.Dispose();
}
