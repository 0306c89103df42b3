using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.Specs;

/// <summary>Runs every example of every spec file in Specs/ through the parser, one test case per example.</summary>
public sealed class ParserSpecTests
{
    private static readonly IReadOnlyList<SpecExample> All = SpecFile.ReadFolder(TestPaths.Specs).ToList();

    public static IEnumerable<TheoryDataRow<string, int>> Examples() =>
        All.Select(e => new TheoryDataRow<string, int>(e.SpecFile, e.Line) { TestDisplayName = e.ToString() });

    [Theory]
    [MemberData(nameof(Examples))]
    public void Parses_as_the_spec_says(string specFile, int line)
    {
        // Arrange
        var example = All.Single(e => e.SpecFile == specFile && e.Line == line);
        var expectation = SpecExpectation.Parse(example);
        var parser = new PlaybookParser(FixedClock.Today);

        // Act
        var result = parser.Parse(example.FileName, example.InputBytes());

        // Assert: whole texts in the message, because a spec author needs to see every differing line at once.
        var expected = expectation.Render();
        var actual = expectation.RenderActual(result);
        Assert.True(expected == actual, $"{example}\n--- expected\n{expected}--- actual\n{actual}");
    }

    [Fact]
    public void Finds_examples_in_every_spec_file()
    {
        var specFiles = Directory.EnumerateFiles(TestPaths.Specs, "*.md").Select(Path.GetFileName)
            .Where(f => !f!.Equals("README.md", StringComparison.OrdinalIgnoreCase));

        Assert.All(specFiles, f => Assert.Contains(All, e => e.SpecFile == f));
    }
}
