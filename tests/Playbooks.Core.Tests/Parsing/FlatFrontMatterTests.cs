using System.Text;
using Playbooks.Core.Parsing;
using YamlDotNet.RepresentationModel;

namespace Playbooks.Core.Tests.Parsing;

/// <summary>
/// The flat front matter read without YamlDotNet must be read exactly as YamlDotNet reads it: same keys, values, lists
/// and positions, and never accepted where YamlDotNet reports an error.
/// </summary>
public sealed class FlatFrontMatterTests
{
    [Theory]
    [InlineData("playbooks")]
    [InlineData("tests/corpora")]
    public void Reads_the_front_matter_of_every_corpus_file_as_YamlDotNet_does(string folder)
    {
        var files = Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, folder), "*.md", SearchOption.AllDirectories).ToList();
        var flat = 0;
        foreach (var file in files)
        {
            var lines = File.ReadAllText(file).ReplaceLineEndings("\n").Split('\n');
            if (lines[0] != "---" || Array.IndexOf(lines, "---", 1) is not (> 0 and var close))
                continue;
            var yaml = string.Join('\n', lines[1..close]);
            if (FlatFrontMatter.TryRead(yaml, 2) is not { } entries)
                continue;
            flat++;
            AssertSame(yaml, 2, entries, file);
        }

        // The comparison above is only worth something if the files' front matter is read here: nearly all of it is flat.
        Assert.True(flat > files.Count * 3 / 4, $"{flat} of {files.Count} read as flat front matter");
    }

    [Theory]
    [InlineData("id: refund-wave\ntitle: 退款潮\ntags: [退款, 差评]\nseverity: 高")]
    [InlineData("title: 用户说\"退款\"不到账, 群里 [置顶] {公告} a - b ? c & d * e ! f | g > h % i @ j ` k ~")]
    [InlineData("tags: [a b,c , 中文 ]   \nowner: 值班 ")]
    [InlineData("tags: [单个]")]
    public void Reads_common_and_odd_flat_values_as_YamlDotNet_does(string yaml)
    {
        var entries = FlatFrontMatter.TryRead(yaml, 5);

        Assert.NotNull(entries);
        AssertSame(yaml, 5, entries, yaml);
    }

    [Theory]
    [InlineData("id: a\nid: b")] // a key written twice: YamlDotNet's error says where
    [InlineData("id: a\n\ntitle: b")]
    [InlineData("tags:\n  - a")]
    [InlineData("title: 10:30 复盘")]
    [InlineData("title: a # 注释")]
    [InlineData("title: \"引号\"")]
    [InlineData("tags: [a, , b]")]
    [InlineData("tags: [a, b] c")]
    [InlineData("title:  两个空格")]
    [InlineData("Title: 大写")]
    [InlineData("title: 表情😀")]
    [InlineData("title: \t制表符")]
    [InlineData("")]
    public void Leaves_anything_else_to_YamlDotNet(string yaml)
    {
        Assert.Null(FlatFrontMatter.TryRead(yaml, 2));
    }

    [Fact]
    public void Accepts_no_random_text_that_YamlDotNet_reads_otherwise()
    {
        // Lines built from the characters YAML gives a meaning to, around keys and values that would be flat without them.
        string[] pieces = ["id", "title", "tags", "Tag", "a", "中文", " ", "  ", ":", ": ", "#", " #", ",", ", ", "[", "]", "{", "}",
            "\"", "'", "-", "- ", "?", "&", "*", "!", "|", ">", "%", "@", "`", "~", "\t", "\u00A0", "\u2028", "\u0085", "\uFEFF",
            "😀", "\0", "\u007F", "---", "...", "\\", "/", "."];
        var random = new Random(20261207);
        var accepted = 0;
        for (var n = 0; n < 100_000; n++)
        {
            var yaml = new StringBuilder();
            var lines = random.Next(1, 5);
            for (var l = 0; l < lines; l++)
            {
                if (l > 0)
                    yaml.Append('\n');
                // Mostly "key: value" shapes, so that many are flat and the odd piece decides.
                yaml.Append(random.Next(4) == 0 ? pieces[random.Next(pieces.Length)] : Keys[random.Next(Keys.Length)]);
                yaml.Append(random.Next(4) == 0 ? pieces[random.Next(pieces.Length)] : ": ");
                var list = random.Next(3) == 0;
                if (list)
                    yaml.Append('[');
                for (var p = random.Next(1, 5); p > 0; p--)
                    yaml.Append(random.Next(3) == 0 ? pieces[random.Next(pieces.Length)] : random.Next(2) == 0 ? "值" : list ? ", " : " ");
                if (list)
                    yaml.Append(']');
            }
            var text = yaml.ToString();
            if (FlatFrontMatter.TryRead(text, 2) is not { } entries)
                continue;
            accepted++;
            AssertSame(text, 2, entries, text);
        }

        Assert.True(accepted > 4_000, $"only {accepted} random front matters were flat");
    }

    private static readonly string[] Keys = ["id", "title", "tags", "owner"];

    private static void AssertSame(string yaml, int firstLine, Dictionary<string, FrontMatter.Entry> flat, string where)
    {
        List<FrontMatter.Entry> expected;
        try
        {
            expected = FrontMatter.Parse(yaml, firstLine).Entries.ToList();
        }
        catch (FrontMatterException ex)
        {
            Assert.Fail($"{where}: read as flat front matter, but YamlDotNet reports {ex.Message} at {ex.Line}:{ex.Column}");
            return;
        }
        Assert.True(expected.Count == flat.Count, $"{where}: {flat.Count} entries, YamlDotNet {expected.Count}");
        foreach (var entry in expected)
        {
            Assert.True(flat.TryGetValue(entry.Key, out var read), $"{where}: no {entry.Key}");
            Assert.True((entry.KeyLine, entry.ValueLine, entry.ValueColumn) == (read.KeyLine, read.ValueLine, read.ValueColumn),
                $"{where}: {entry.Key} at {(read.KeyLine, read.ValueLine, read.ValueColumn)}, YamlDotNet {(entry.KeyLine, entry.ValueLine, entry.ValueColumn)}");
            Assert.True(Shape(entry.Value) == Shape(read.Value), $"{where}: {entry.Key} read as {Shape(read.Value)}, YamlDotNet {Shape(entry.Value)}");
        }
    }

    /// <summary>What <c>FieldReader</c> reads of a value: a scalar's text, or a list's items.</summary>
    private static string Shape(YamlNode node) => node switch
    {
        YamlScalarNode scalar => $"scalar «{scalar.Value}»",
        YamlSequenceNode sequence => $"list [{string.Join("|", sequence.Children.Select(Shape))}]",
        _ => node.GetType().Name,
    };
}
