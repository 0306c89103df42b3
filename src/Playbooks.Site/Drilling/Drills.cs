using Playbooks.Core.Model;
using Playbooks.Site.Content;
using CorePlainText = Playbooks.Core.Parsing.PlainText;

namespace Playbooks.Site.Drilling;

/// <summary>
/// Builds the drills of the site. The wrong options are the first steps of the playbook's related playbooks (the
/// incidents most easily confused with it, so the choice teaches the difference), then of its category, then of any
/// playbook, until there are <see cref="DistractorCount"/>. Options are shuffled at build time with a seed taken from
/// the id, so the page needs no script and two builds write the same bytes.
/// </summary>
public static class Drills
{
    public const int DistractorCount = 3;

    /// <summary>Every playbook with handling steps that has at least two wrong options to offer, ordered by id.</summary>
    public static IReadOnlyList<Drill> For(SiteContent content)
    {
        var withSteps = content.Playbooks.Where(p => p.HandlingSteps.Count > 0).ToList();
        var drills = new List<Drill>();
        foreach (var playbook in withSteps)
            if (For(content, playbook, withSteps) is { } drill)
                drills.Add(drill);
        return drills;
    }

    /// <summary>The drill of one playbook, or null when too few other playbooks have steps to offer.</summary>
    private static Drill? For(SiteContent content, Playbook playbook, IReadOnlyList<Playbook> withSteps)
    {
        if (playbook.HandlingSteps.Count == 0)
            return null;
        var answer = FirstStep(playbook);
        var seen = new HashSet<string>(StringComparer.Ordinal) { answer };
        var options = new List<DrillOption> { new(answer, playbook, true) };
        var candidates = content.RelatedTo(playbook.Id)
            .Concat(withSteps.Where(p => p.Category == playbook.Category))
            .Concat(withSteps);
        foreach (var candidate in candidates)
        {
            if (options.Count > DistractorCount)
                break;
            if (candidate.Id == playbook.Id || candidate.HandlingSteps.Count == 0)
                continue;
            var step = FirstStep(candidate);
            if (seen.Add(step))
                options.Add(new DrillOption(step, candidate, false));
        }
        if (options.Count < 3)
            return null;
        Shuffle(options, new Random(Seed(playbook.Id)));
        return new Drill(playbook, options);
    }

    private static string FirstStep(Playbook playbook) => CorePlainText.FromMarkdown(playbook.HandlingSteps[0]).Trim();

    /// <summary>FNV-1a of the id: string.GetHashCode differs between runs, and the shuffle must not.</summary>
    private static int Seed(string id)
    {
        var hash = 2166136261u;
        foreach (var c in id)
            hash = (hash ^ c) * 16777619u;
        return (int)(hash & 0x7FFFFFFF);
    }

    // Fisher–Yates; Random with a seed yields the same sequence on every .NET version.
    private static void Shuffle<T>(List<T> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
