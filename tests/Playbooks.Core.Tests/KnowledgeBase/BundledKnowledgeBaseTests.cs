using System.Text;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.KnowledgeBase;

/// <summary>The knowledge base shipped in the repository's playbooks/ folder: complete, clean and original.</summary>
public sealed class BundledKnowledgeBaseTests
{
    /// <summary>The 30 incidents of the catalog (shared/playbook-catalog.md); each must ship as a finished playbook.</summary>
    public static readonly TheoryData<string> CatalogIds =
    [
        "rules-not-reinforced", "competitor-impersonation", "newcomer-complaint-escalation", "damaged-product-complaint",
        "practice-course-low-engagement", "no-rules-low-checkin", "course-content-doubt", "no-entry-threshold-silence",
        "graduation-day-negativity", "off-topic-ads-overload", "coupon-abuse", "prize-delivery-delay",
        "live-stream-accident", "wrong-info-in-push", "account-banned", "sensitive-content-posted",
        "privacy-leak", "scam-impersonating-staff", "refund-wave", "negative-public-opinion",
        "service-outage-complaints", "payment-failure-promo", "kol-backlash", "price-error-oversold",
        "fake-review-penalty", "member-conflict", "staff-improper-reply", "offline-event-overcapacity",
        "bot-flood", "churn-after-redesign",
    ];

    /// <summary>A playbook a newcomer can follow on duty: at least this many handling steps.</summary>
    private const int MinimumHandlingSteps = 4;

    /// <summary>Copying a seed shows as a shared run this long (characters, whitespace removed, NFKC).</summary>
    private const int CopiedRunLength = 16;

    private static readonly string PlaybooksRoot = Path.Combine(TestPaths.RepositoryRoot, "playbooks");

    private static readonly Lazy<LoadedKnowledgeBase> Loaded =
        new(() => new KnowledgeBaseLoader(new PlaybookParser(FixedClock.Today)).Load(PlaybooksRoot));

    [Fact]
    public void Lints_without_errors()
    {
        var errors = Loaded.Value.Findings.Where(f => f.IsError).Select(f => f.ToString());

        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(CatalogIds))]
    public void Ships_every_catalog_incident_as_a_finished_playbook(string id)
    {
        var playbook = Assert.Single(Loaded.Value.Valid, p => p.Id == id);

        Assert.Equal(PlaybookKind.Playbook, playbook.Kind);
        Assert.False(playbook.Draft, $"{id} is still a draft");
        Assert.Equal(SectionKinds.All, playbook.Sections.Select(s => s.Kind));
        Assert.All(playbook.Sections, s => Assert.False(s.IsEmpty, $"{id}: section {s.Heading} is empty"));
        Assert.True(playbook.HandlingSteps.Count >= MinimumHandlingSteps,
            $"{id} has {playbook.HandlingSteps.Count} handling steps; a newcomer on duty needs at least {MinimumHandlingSteps}");
    }

    [Fact]
    public void Ships_guides_in_a_reading_order()
    {
        var guides = Loaded.Value.Valid.Where(p => p.Kind == PlaybookKind.Guide).ToList();

        Assert.NotEmpty(guides);
        Assert.All(guides, g => Assert.True(g.Order is not null, $"guide {g.Id} has no order"));
        Assert.Equal(guides.Count, guides.Select(g => g.Order).Distinct().Count());
    }

    [Fact]
    public void Does_not_copy_sixteen_characters_in_a_row_from_any_seed()
    {
        // Arrange: the seeds sit beside the repository during development only, never inside it.
        var seedsFolder = Path.GetFullPath(Path.Combine(TestPaths.RepositoryRoot, "..", "shared", "seeds"));
        if (!Directory.Exists(seedsFolder))
            Assert.Skip($"seed documents not found at {seedsFolder}; the originality check runs only where the seeds are available");

        var seedRuns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var seed in Directory.EnumerateFiles(seedsFolder))
            foreach (var run in Runs(Comparable(File.ReadAllText(seed))))
                seedRuns.Add(run);

        var ours = Directory.EnumerateFiles(PlaybooksRoot, "*.md", SearchOption.AllDirectories)
            .Append(Path.Combine(TestPaths.RepositoryRoot, "seeds", "README.md"))
            .Where(File.Exists);

        // Act
        var copied = ours
            .Select(file => (File: Path.GetRelativePath(TestPaths.RepositoryRoot, file), Run: Runs(Comparable(File.ReadAllText(file))).FirstOrDefault(seedRuns.Contains)))
            .Where(hit => hit.Run is not null)
            .Select(hit => $"{hit.File}: “{hit.Run}”");

        // Assert
        Assert.Empty(copied);
    }

    /// <summary>The text as compared: compatibility forms folded (full-width letters, digits, punctuation), whitespace dropped.</summary>
    private static string Comparable(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var kept = new StringBuilder(folded.Length);
        foreach (var c in folded)
            if (!char.IsWhiteSpace(c))
                kept.Append(c);
        return kept.ToString();
    }

    private static IEnumerable<string> Runs(string text)
    {
        for (var i = 0; i + CopiedRunLength <= text.Length; i++)
            yield return text.Substring(i, CopiedRunLength);
    }
}
