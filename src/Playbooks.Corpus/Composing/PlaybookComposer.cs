using System.Globalization;
using System.Text;
using Playbooks.Core.Authoring;
using Playbooks.Core.Model;
using Playbooks.Corpus.Harvesting;

namespace Playbooks.Corpus.Composing;

/// <summary>
/// Writes one synthetic playbook in the bundled files' own layout: front matter, H1 title, then 背景 (with a
/// 如何区分 paragraph half the time), 风险源头 and 激化情况 bullets, numbered 处理方法 steps led by a bold role and
/// deadline, and 复盘反思 bullets. Each playbook takes most of its text from one real playbook (its "source"), the
/// rest from the same category and a little from others, so it reads as a variant of a real incident and its terms
/// co-occur as they do in real text. Stateless; thread-safe.
/// </summary>
internal sealed class PlaybookComposer(CorpusVocabulary vocabulary)
{
    /// <summary>Share of pieces taken from the source playbook; the remainder comes from its category or another one.</summary>
    private const double SourceShare = 0.6;

    /// <summary>Share of pieces borrowed from another category: real incidents spill over (a refund wave reaches the groups).</summary>
    private const double OtherCategoryShare = 0.15;

    /// <summary>Share of pieces with one lexicon word swapped for another of its group.</summary>
    private const double WordSwapShare = 0.35;

    /// <summary>Synthetic <c>updated</c> dates fall within this many days before the newest real one (never in the future, never outdated).</summary>
    private const int UpdatedWithinDays = 240;

    /// <summary>Draws allowed per list before settling for fewer items (small pools repeat; duplicates are dropped).</summary>
    private const int MaxAttempts = 30;

    private readonly int _totalWeight = vocabulary.Categories.Sum(c => c.Weight);

    public SyntheticPlaybook Compose(int number, int seed)
    {
        var random = new CorpusRandom(seed, number);
        var category = PickCategory(random);
        var draw = new Draw(vocabulary, category, random.Pick(category.Sources), random);
        var id = SyntheticCorpus.IdOf(number);

        var title = Title(draw);
        var background = Background(draw);
        var text = new StringBuilder(4096);
        text.Append("---\n")
            .Append("id: ").Append(id).Append('\n')
            .Append("title: ").Append(YamlScalar.Write(title)).Append('\n')
            .Append("category: ").Append(YamlScalar.Write(category.Name)).Append('\n')
            .Append("tags: [").Append(string.Join(", ", Tags(draw, title + background))).Append("]\n")
            .Append("severity: ").Append(random.Pick(vocabulary.Severities).ChineseName()).Append('\n')
            .Append("owner: ").Append(YamlScalar.Write(random.Pick(category.Owners))).Append('\n')
            .Append("updated: ").Append(Updated(random)).Append('\n')
            .Append("---\n\n")
            .Append("# ").Append(title).Append("\n\n");

        Section(text, SectionKind.Background, background);
        Section(text, SectionKind.Risk, Bullets(Items(draw, p => p.RiskItems, p => p.RiskClauses)));
        Section(text, SectionKind.Escalation, Bullets(Escalations(draw)));
        Section(text, SectionKind.Handling, Steps(draw));
        Section(text, SectionKind.Retrospective, Bullets(Items(draw, p => p.RetrospectiveItems, p => p.RetrospectiveClauses)));

        return new SyntheticPlaybook(id, $"{category.Folder}/{id}.md", text.ToString().TrimEnd() + "\n");
    }

    private CategoryVocabulary PickCategory(CorpusRandom random)
    {
        var ticket = random.Next(_totalWeight);
        foreach (var category in vocabulary.Categories)
        {
            if (ticket < category.Weight)
                return category;
            ticket -= category.Weight;
        }
        return vocabulary.Categories[^1];
    }

    private static string Title(Draw draw)
    {
        var head = draw.Swap(draw.Random.Pick(draw.Source.TitleHeads));
        var tails = draw.Random.Chance(0.5) && draw.Source.TitleTails.Count > 0 ? draw.Source.TitleTails : draw.Category.All.TitleTails;
        return tails.Count == 0 || draw.Random.Chance(0.2) ? head : $"{head}，{draw.Swap(draw.Random.Pick(tails))}";
    }

    /// <summary>4–8 tags: up to two lexicon words the text uses, then the source's and its category's real tags.</summary>
    private IEnumerable<string> Tags(Draw draw, string text)
    {
        var tags = new List<string>();
        var wanted = draw.Random.Between(4, 8);
        var fromText = vocabulary.Words.FoundIn(text).ToList();
        for (var i = 0; i < 2 && fromText.Count > 0; i++)
            AddOnce(tags, draw.Random.Pick(fromText));
        for (var attempt = 0; tags.Count < wanted && attempt < MaxAttempts; attempt++)
        {
            var pool = draw.Random.Chance(0.7) && draw.Source.Tags.Count > 0 ? draw.Source.Tags : draw.Category.All.Tags;
            AddOnce(tags, draw.Random.Pick(pool));
        }
        return tags;
    }

    private string Updated(CorpusRandom random) =>
        vocabulary.LatestUpdate.AddDays(-random.Next(UpdatedWithinDays)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Background(Draw draw)
    {
        var paragraph = string.Concat(Enumerable.Range(0, draw.Random.Between(3, 5))
            .Select(_ => draw.Sentence(p => p.BackgroundClauses, 2, 4)));
        if (!draw.Random.Chance(0.5))
            return paragraph;
        var note = string.Concat(Enumerable.Range(0, draw.Random.Between(1, 2))
            .Select(_ => draw.Sentence(p => p.DistinctionClauses, 2, 3)));
        return $"{paragraph}\n\n**如何区分**：{note}";
    }

    /// <summary>Bullet items: a real item (perhaps with a word swapped) or two clauses of the section joined.</summary>
    private static List<string> Items(Draw draw, Func<ClausePools, List<string>> items, Func<ClausePools, List<string>> clauses)
    {
        var result = new List<string>();
        var count = draw.Random.Between(3, 6);
        for (var attempt = 0; result.Count < count && attempt < MaxAttempts; attempt++)
            AddOnce(result, draw.Random.Chance(0.6) ? draw.Swap(draw.Piece(items)) : draw.Clauses(clauses, 2));
        return result;
    }

    private static List<string> Escalations(Draw draw)
    {
        var result = new List<string>();
        var count = draw.Random.Between(3, 5);
        for (var attempt = 0; result.Count < count && attempt < MaxAttempts; attempt++)
            AddOnce(result, $"{draw.Swap(draw.Piece(p => p.EscalationConditions))} → {draw.Swap(draw.Piece(p => p.EscalationActions))}");
        return result;
    }

    /// <summary>The source's own sequence of roles and deadlines, each with a recombined instruction.</summary>
    private static string Steps(Draw draw)
    {
        var leads = draw.Source.StepLeads.Count > 0 ? draw.Source.StepLeads[0] : draw.Random.Pick(draw.Category.All.StepLeads);
        var steps = new StringBuilder();
        for (var i = 0; i < leads.Count; i++)
            steps.Append(i + 1).Append(". **").Append(leads[i]).Append("** ").Append(draw.Clauses(p => p.StepClauses, draw.Random.Between(2, 4))).Append("。\n");
        return steps.ToString().TrimEnd();
    }

    private static string Bullets(List<string> items) =>
        string.Join("\n", items.Select((item, i) => $"- {item}{(i == items.Count - 1 ? "。" : "；")}"));

    private static void Section(StringBuilder text, SectionKind kind, string body) =>
        text.Append("## ").Append(kind.ChineseName()).Append("\n\n").Append(body).Append("\n\n");

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value))
            list.Add(value);
    }

    /// <summary>The random choices of one playbook: which pool each piece comes from, and word swaps.</summary>
    private sealed class Draw(CorpusVocabulary vocabulary, CategoryVocabulary category, ClausePools source, CorpusRandom random)
    {
        public CategoryVocabulary Category { get; } = category;
        public ClausePools Source { get; } = source;
        public CorpusRandom Random { get; } = random;

        /// <summary>One piece from the source, its category or another category; falls back to the category when a pool is empty.</summary>
        public string Piece(Func<ClausePools, List<string>> pool)
        {
            var roll = Random.NextDouble();
            var from = roll < SourceShare ? Source
                : roll < 1 - OtherCategoryShare ? Category.All
                : Random.Pick(vocabulary.Categories).All;
            var pieces = pool(from).Count > 0 ? pool(from) : pool(Category.All);
            return Random.Pick(pieces);
        }

        public string Clauses(Func<ClausePools, List<string>> pool, int count) =>
            string.Join("，", Enumerable.Range(0, count).Select(_ => Swap(Piece(pool))));

        public string Sentence(Func<ClausePools, List<string>> pool, int min, int max) =>
            Clauses(pool, Random.Between(min, max)) + "。";

        public string Swap(string piece) =>
            Random.Chance(WordSwapShare) ? vocabulary.Words.SwapOne(piece, Random) : piece;
    }
}
