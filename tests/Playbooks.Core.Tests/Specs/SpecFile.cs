namespace Playbooks.Core.Tests.Specs;

/// <summary>
/// Reads the examples out of a spec file. An example is a fenced block of 32 backticks whose info string
/// starts with <c>example</c>; inside it, the input and the expectation are separated by a line holding
/// a single <c>.</c> (the CommonMark spec's convention, which Markdig's specs follow too).
/// </summary>
public static class SpecFile
{
    private static readonly string Fence = new('`', 32);

    /// <summary>Every <c>*.md</c> spec in <paramref name="folder"/> except README.md, in file-name order.</summary>
    public static IEnumerable<SpecExample> ReadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*.md")
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .SelectMany(Read);

    /// <exception cref="InvalidDataException">The spec file is malformed; the message names the file and line.</exception>
    public static IReadOnlyList<SpecExample> Read(string path)
    {
        var name = Path.GetFileName(path);
        var lines = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n');
        var examples = new List<SpecExample>();
        var title = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#'))
                title = lines[i].TrimStart('#').Trim();
            if (!lines[i].StartsWith(Fence, StringComparison.Ordinal))
                continue;

            var info = lines[i][Fence.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (info.Length == 0 || info[0] != "example")
                throw Malformed(name, i, "an example fence's info string must start with \"example\"");
            var start = i;
            var input = new List<string>();
            var expected = new List<string>();
            var target = input;
            for (i++; ; i++)
            {
                if (i >= lines.Length)
                    throw Malformed(name, start, "example is not closed by a fence of 32 backticks");
                if (lines[i].StartsWith(Fence, StringComparison.Ordinal))
                    break;
                if (lines[i] == "." && target == input)
                    target = expected;
                else
                    target.Add(lines[i]);
            }
            if (target == input)
                throw Malformed(name, start, "example has no \".\" line between the input and the expectation");

            var (fileName, crlf, bom) = ReadOptions(name, start, info[1..]);
            // Every input line ends with a newline, as files saved by editors do.
            examples.Add(new SpecExample(name, start + 1, title, string.Concat(input.Select(l => l + "\n")), expected, fileName, crlf, bom));
        }
        return examples;
    }

    private static (string FileName, bool Crlf, bool Bom) ReadOptions(string spec, int line, string[] options)
    {
        var (fileName, crlf, bom) = (SpecExample.DefaultFileName, false, false);
        foreach (var option in options)
        {
            if (option == "crlf")
                crlf = true;
            else if (option == "bom")
                bom = true;
            else if (option.StartsWith("file=", StringComparison.Ordinal))
                fileName = option["file=".Length..];
            else
                throw Malformed(spec, line, $"unknown example option \"{option}\" (known: crlf, bom, file=<path>)");
        }
        return (fileName, crlf, bom);
    }

    private static InvalidDataException Malformed(string spec, int index, string problem) =>
        new($"{spec}:{index + 1}: {problem}");
}
