namespace Playbooks.Search.Authoring;

/// <summary>
/// Warns while writing when a new or changed playbook looks like one the knowledge base already has: the draft's
/// title and tags (what <c>playbooks new</c> knows, and what makes two SOPs "the same incident") are ranked by the
/// search engine itself. The similarity of a hit is the engine's coverage: the share of the draft's words found in that
/// playbook (0–1). A short draft ("退款") covers many playbooks fully, so a hit only counts when the draft also carries
/// a fair share of the hit's own title and tags (bm25 of the draft against it over bm25 of its own title and tags:
/// <see cref="MinShare"/>). Never blocks anything.
/// </summary>
/// <remarks>
/// Title and tags only, not the sections: sections written from the team template share most of their wording, so
/// comparing them would call every pair of SOPs of one team duplicates. The threshold was measured on labelled
/// pairs from the bundled playbooks and tests/corpora/second-team (README, 重复预案提醒).
/// </remarks>
public static class DuplicateCheck
{
    /// <summary>From this similarity on, a draft is reported as a likely duplicate.</summary>
    public const double Threshold = 0.83;

    /// <summary>Below this share of a playbook's own title-and-tags score, a draft says too little to repeat it.</summary>
    public const double MinShare = 0.25;

    /// <summary>Candidates looked at per draft; more than one warning line per draft helps nobody.</summary>
    public const int Candidates = 3;

    /// <summary>How deep a playbook is looked for under its own title and tags (others sharing its tags may rank first).</summary>
    private const int SelfSearchDepth = 10;

    /// <summary>The playbooks (never <paramref name="excludeId"/>) at least <paramref name="threshold"/> similar, closest first.</summary>
    public static IReadOnlyList<DuplicateMatch> Check(SearchEngine engine, string title, IReadOnlyList<string> tags,
        string? excludeId = null, double threshold = Threshold) =>
        Score(engine, title, tags, excludeId).Where(m => m.Similarity >= threshold && m.Share >= MinShare).ToList();

    /// <summary>The closest playbooks with their similarity (0–1), whatever it is; for measuring the threshold.</summary>
    public static IReadOnlyList<DuplicateMatch> Score(SearchEngine engine, string title, IReadOnlyList<string> tags, string? excludeId = null)
    {
        var response = engine.Match(QueryText(title, tags), Candidates, excludeId, explain: true);
        var matches = new List<DuplicateMatch>();
        foreach (var hit in response.Results)
        {
            if (SelfScore(engine, hit.Id) is not { } self || self <= 0)
                continue;
            var share = Math.Round(Math.Min(1, RawScore(response, hit.Id) / self), 2);
            var sections = hit.Snippets.Select(s => s.Section).Distinct().ToList();
            matches.Add(new DuplicateMatch(hit.Id, hit.Title, Math.Round(hit.Coverage, 2), hit.Path, sections) { Share = share });
        }
        return matches.OrderByDescending(m => m.Similarity).ThenByDescending(m => m.Share).ToList();
    }

    private static string QueryText(string title, IReadOnlyList<string> tags) => title + "\n" + string.Join(" ", tags);

    /// <summary>
    /// The bm25 sum of the query's terms in one playbook. A search's own score is divided by the best hit's (see
    /// ScoreFusion), so the top hit always scores 1 and says nothing about how close it really is.
    /// </summary>
    private static double RawScore(Querying.SearchResponse response, string id) =>
        response.Explain?.FirstOrDefault(e => e.Id == id)?.Terms.Sum(t => t.Score) ?? 0;

    /// <summary>What a playbook's own title and tags score against it: what a draft saying the same would.</summary>
    private static double? SelfScore(SearchEngine engine, string id)
    {
        if (engine.TitleAndTags(id) is not { } own)
            return null;
        var response = engine.Match(QueryText(own.Title, own.Tags), SelfSearchDepth, explain: true);
        return response.Results.Any(r => r.Id == id) ? RawScore(response, id) : null;
    }
}

/// <summary>One existing playbook a draft resembles: how much (0–1) and in which sections the draft's words occur.</summary>
public sealed record DuplicateMatch(string Id, string Title, double Similarity, string Path, IReadOnlyList<string> Sections)
{
    /// <summary>The draft's bm25 against this playbook over the playbook's own title and tags' (0–1, see <see cref="DuplicateCheck.MinShare"/>).</summary>
    public double Share { get; init; }
}
