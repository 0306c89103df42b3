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

    /// <summary>
    /// The playbooks that have a drill, ordered by id: those with handling steps, when at least three have some (two
    /// to choose from is not a question). Cheap (no ranking), so the home page can list them on every request.
    /// </summary>
    public static IReadOnlyList<Playbook> Available(SiteContent content)
    {
        var withSteps = content.Playbooks.Where(p => p.HandlingSteps.Count > 0).ToList();
        return withSteps.Count >= 3 ? withSteps : [];
    }

    /// <summary>The drill of one of the <see cref="Available"/> playbooks: its related list is asked once.</summary>
    public static Drill Of(SiteContent content, Playbook playbook)
    {
        var answer = FirstStep(playbook);
        var seen = new HashSet<string>(StringComparer.Ordinal) { answer };
        var options = new List<DrillOption> { new(answer, playbook, true) };
        var withSteps = content.Playbooks.Where(p => p.HandlingSteps.Count > 0);
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
            // Two playbooks may open with the same words: offered once, as the right answer when it is one.
            if (seen.Add(step))
                options.Add(new DrillOption(step, candidate, false));
        }
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
