using Playbooks.Core.Authoring.Import;
using Playbooks.Core.Model;

namespace Playbooks.Core.Tests.Authoring.Import;

/// <summary>
/// The importer on a real scraped article: seed document 004 (shared/seeds/ beside the repository, never copied
/// into it; see seeds/README.md), whose second part holds ten cases amid site navigation, other articles and a
/// footer. Skipped where the seeds are not present.
/// </summary>
public sealed class SeedArticleTests
{
    private static readonly string Seed = Path.GetFullPath(Path.Combine(TestPaths.RepositoryRoot, "..", "shared", "seeds", "004_8a50bceb9d45c596.txt"));

    [Fact]
    public void Finds_the_ten_cases_of_the_community_article_and_nothing_else()
    {
        if (!File.Exists(Seed))
            Assert.Skip($"no seed article at {Seed} (it lives in shared/seeds/, beside the repository)");

        var result = CaseImporter.Read(File.ReadAllBytes(Seed), "004.txt");

        Assert.Equal(10, result.Cases.Count);
        Assert.StartsWith("群规未反复触达", result.Cases[0].Title);
        Assert.StartsWith("社群运营未同频", result.Cases[^1].Title);
        Assert.All(result.Cases, c => Assert.False(c.Part(SectionKind.Handling)!.IsEmpty));
        Assert.Equal(5, result.Cases[1].Part(SectionKind.Handling)!.Markdown.Split('\n').Count(l => l.Length > 2 && char.IsAsciiDigit(l[0]) && l[1] == '.'));
        Assert.Equal([SectionKind.Risk, SectionKind.Retrospective], result.Cases[3].Missing);
        // The article's own sections (1、 2、 before the cases, 3、 4、 after) and its footer are not cases.
        Assert.Equal(2, result.Ignored.Count);
        Assert.DoesNotContain("评论区", result.Cases[^1].Part(SectionKind.Handling)!.Markdown);
    }
}
