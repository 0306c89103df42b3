using System.Text.RegularExpressions;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;

namespace Playbooks.Corpus.Harvesting;

/// <summary>
/// Everything the composer draws from, harvested once from the bundled playbooks and words.txt. Immutable after
/// construction and shared by all threads.
/// </summary>
internal sealed partial class CorpusVocabulary
{
    private static readonly Lazy<CorpusVocabulary> BundledInstance = new(() =>
        Harvest(BundledSources.PlaybookFiles(), BundledSources.LexiconText("words.txt")));

    /// <summary>The vocabulary of the playbooks and lexicon embedded in this assembly.</summary>
    public static CorpusVocabulary Bundled => BundledInstance.Value;

    /// <summary>Incident categories in order of first appearance; guides are not harvested.</summary>
    public IReadOnlyList<CategoryVocabulary> Categories { get; }

    /// <summary>Severities as often as the real playbooks use them (one entry per real playbook).</summary>
    public IReadOnlyList<Severity> Severities { get; }

    public LexiconWords Words { get; }

    /// <summary>The most recent <c>updated</c> date of the real playbooks; synthetic dates go back from it.</summary>
    public DateOnly LatestUpdate { get; }

    private CorpusVocabulary(IReadOnlyList<CategoryVocabulary> categories, IReadOnlyList<Severity> severities, LexiconWords words, DateOnly latestUpdate)
    {
        if (categories.Count == 0)
            throw new InvalidOperationException("No incident playbooks to harvest: the bundled playbooks were not embedded.");
        Categories = categories;
        Severities = severities;
        Words = words;
        LatestUpdate = latestUpdate;
    }

    public static CorpusVocabulary Harvest(IEnumerable<(string RelativePath, string Text)> files, string wordsTxt)
    {
        var parser = new PlaybookParser();
        var harvested = new List<(string Category, string Folder, string Owner, ClausePools Pools)>();
        var severities = new List<Severity>();
        var latest = DateOnly.MinValue;

        foreach (var (relativePath, text) in files)
        {
            var playbook = parser.Parse(relativePath, text).Playbook;
            if (playbook is not { Kind: PlaybookKind.Playbook } || playbook.Category.Length == 0 || playbook.HandlingSteps.Count < 2)
                continue;

            var pools = new ClausePools();
            foreach (var tag in playbook.Tags.Where(t => LexiconWords.PlainScalar().IsMatch(t)))
                AddDistinct(pools.Tags, tag);
            HarvestTitle(pools, playbook.Title);
            foreach (var section in playbook.Sections)
                HarvestSection(pools, section);
            HarvestSteps(pools, playbook.HandlingSteps);

            var folder = relativePath.Contains('/') ? relativePath[..relativePath.IndexOf('/')] : "";
            harvested.Add((playbook.Category, folder, playbook.Owner, pools));
            if (playbook.Severity is { } severity)
                severities.Add(severity);
            if (playbook.Updated is { } updated && updated > latest)
                latest = updated;
        }

        // A category's folder is where most of its playbooks are (one 用户运营 playbook may sit under community/).
        var categories = harvested
            .GroupBy(h => h.Category)
            .Select(g => new CategoryVocabulary(
                g.Key,
                g.GroupBy(h => h.Folder).OrderByDescending(f => f.Count()).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key,
                g.Select(h => h.Owner).Where(o => o.Length > 0).Distinct().DefaultIfEmpty("运营负责人").ToList(),
                g.Select(h => h.Pools).ToList()))
            .ToList();

        if (severities.Count == 0)
            severities.Add(Severity.Medium);
        if (latest == DateOnly.MinValue)
            latest = new DateOnly(2026, 1, 1);
        return new CorpusVocabulary(categories, severities, new LexiconWords(wordsTxt), latest);
    }

    private static void HarvestTitle(ClausePools pools, string title)
    {
        var comma = title.IndexOf('，');
        if (comma < 0)
        {
            AddDistinct(pools.TitleHeads, Clauses.Clean(title));
            return;
        }
        AddDistinct(pools.TitleHeads, Clauses.Clean(title[..comma]));
        AddDistinct(pools.TitleTails, Clauses.Clean(title[(comma + 1)..]));
    }

    private static void HarvestSection(ClausePools pools, Section section)
    {
        switch (section.Kind)
        {
            case SectionKind.Background:
                foreach (var paragraph in Paragraphs().Split(section.Markdown))
                {
                    var note = DistinctionLabel().Match(paragraph);
                    if (note.Success)
                        pools.DistinctionClauses.AddRange(Clauses.Split(paragraph[note.Length..]));
                    else
                        pools.BackgroundClauses.AddRange(Clauses.Split(paragraph));
                }
                break;
            case SectionKind.Risk:
                HarvestItems(section.Markdown, pools.RiskItems, pools.RiskClauses);
                break;
            case SectionKind.Escalation:
                foreach (var item in Items(section.Markdown))
                {
                    var arrow = item.IndexOf('→');
                    if (arrow <= 0)
                        continue;
                    var condition = Clauses.Clean(item[..arrow]);
                    var action = Clauses.Clean(item[(arrow + 1)..]);
                    if (condition.Length >= Clauses.MinLength && action.Length >= Clauses.MinLength)
                    {
                        pools.EscalationConditions.Add(condition);
                        pools.EscalationActions.Add(action);
                    }
                }
                break;
            case SectionKind.Retrospective:
                HarvestItems(section.Markdown, pools.RetrospectiveItems, pools.RetrospectiveClauses);
                break;
        }
    }

    private static void HarvestSteps(ClausePools pools, IReadOnlyList<string> steps)
    {
        var leads = new List<string>();
        foreach (var step in steps)
        {
            var match = StepLead().Match(step);
            if (match.Success)
                leads.Add(match.Groups["lead"].Value.Trim());
            pools.StepClauses.AddRange(Clauses.Split(match.Success ? match.Groups["body"].Value : step));
        }
        if (leads.Count >= 2)
            pools.StepLeads.Add(leads);
    }

    private static void HarvestItems(string markdown, List<string> items, List<string> clauses)
    {
        foreach (var item in Items(markdown))
        {
            var cleaned = Clauses.Clean(item);
            if (cleaned.Length is >= Clauses.MinLength and <= Clauses.MaxLength * 2)
                items.Add(cleaned);
            clauses.AddRange(Clauses.Split(item));
        }
    }

    /// <summary>The text of each "- " bullet (continuation lines joined), without its marker.</summary>
    private static IEnumerable<string> Items(string markdown)
    {
        string? current = null;
        foreach (var line in markdown.Split('\n'))
        {
            var bullet = Bullet().Match(line);
            if (bullet.Success)
            {
                if (current is not null)
                    yield return current;
                current = line[bullet.Length..];
            }
            else if (current is not null && line.Trim().Length > 0)
            {
                current += line.Trim();
            }
        }
        if (current is not null)
            yield return current;
    }

    private static void AddDistinct(List<string> list, string value)
    {
        if (value.Length > 0 && !list.Contains(value))
            list.Add(value);
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex Paragraphs();

    [GeneratedRegex(@"^\s*\*\*[^*\n]{0,12}区分[^*\n]{0,12}\*\*\s*[：:]?")]
    private static partial Regex DistinctionLabel();

    [GeneratedRegex(@"^\*\*(?<lead>[^*\n]{2,40})\*\*\s*(?<body>[\s\S]*)$")]
    private static partial Regex StepLead();

    [GeneratedRegex(@"^\s*[-*+]\s+")]
    private static partial Regex Bullet();
}
