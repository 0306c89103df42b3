using System.Text;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.Parsing;

/// <summary>
/// Lint runs on whatever people save, so the parser must turn any bytes into findings, never an exception,
/// and every finding must point inside the file. Mangles real playbooks and fixtures with a fixed seed.
/// </summary>
public sealed class RandomInputTests
{
    private const int Iterations = 2000;

    // Fragments that stress the grammar: fences, front-matter markers, YAML indicators, list markers, stray BOM/CR.
    private static readonly string[] Fragments =
    [
        "---", "---\n", "...\n", "\n", "## ", "- ", "1. ", "1、", "```", "~~~", "<!--", "-->", ":", "[", "]", "{", "\"", "'",
        "\t", "    ", "#", "|", ">", "&a ", "*a", "!!int ", "? ", "===\n", "\r", "\uFEFF", "%YAML 1.2\n", "【", "：",
    ];

    [Fact]
    public void Turns_any_bytes_into_findings_that_point_inside_the_file()
    {
        // Arrange
        var sources = Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "playbooks"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(TestPaths.Fixtures, "broken"), "*.md", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToArray();
        var random = new Random(20261121);
        var parser = new PlaybookParser(FixedClock.Today);

        for (var i = 0; i < Iterations; i++)
        {
            var bytes = Mangle(sources[random.Next(sources.Length)], random);

            // Act
            var result = parser.Parse("playbooks/fuzz.md", bytes);

            // Assert
            var lines = LineCount(bytes);
            Assert.All(result.Findings, f => Assert.True(f.Line >= 0 && f.Line <= lines && f.Column >= 0,
                $"iteration {i}: {f} is outside a file of {lines} lines"));
        }
    }

    private static byte[] Mangle(byte[] source, Random random)
    {
        var bytes = source.ToList();
        for (var edits = random.Next(1, 8); edits > 0; edits--)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]));
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at));
                    break;
                case 2:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 3:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                default:
                    var from = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
                    bytes.InsertRange(at, bytes.GetRange(from, Math.Min(random.Next(1, 80), bytes.Count - from)));
                    break;
            }
        }
        return [.. bytes];
    }

    /// <summary>Lines as an editor counts them: CR, LF and CRLF each end one; a final line break adds none.</summary>
    private static int LineCount(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var normalized = SourceText.NormalizeNewlines(text);
        return Math.Max(1, normalized.Split('\n').Length - (normalized.EndsWith('\n') ? 1 : 0));
    }
}
