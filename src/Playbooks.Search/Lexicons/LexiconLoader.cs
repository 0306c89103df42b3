using System.Security.Cryptography;
using System.Text;
using Playbooks.Core.Diagnostics;
using Playbooks.Core.Parsing;
using Playbooks.Search.Analysis;

namespace Playbooks.Search.Lexicons;

/// <summary>
/// Reads the three plain-text lexicon files. Format (documented in playbooks/README.md): one entry per line,
/// <c>#</c> starts a comment, blank lines ignored; in synonyms.txt each line is one group of words separated by
/// whitespace, commas or slashes, the first word being the canonical form.
/// </summary>
public static class LexiconLoader
{
    public const string FolderName = "lexicon";
    public const string WordsFile = "words.txt";
    public const string SynonymsFile = "synonyms.txt";
    public const string StopWordsFile = "stopwords.txt";

    public static string FolderOf(string knowledgeBase) => Path.Combine(knowledgeBase, FolderName);

    /// <summary>Loads the lexicon of a knowledge base; a missing folder or file means an empty list, not an error.</summary>
    public static Lexicon Load(string knowledgeBase, TextNormalizer normalizer)
    {
        var folder = FolderOf(knowledgeBase);
        var findings = new List<Finding>();
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"analyzer-v{Analyzer.Version}\n"));

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, entry) in ReadEntries(folder, WordsFile, hash, findings))
        {
            var word = normalizer.NormalizeTerm(entry);
            if (word.Length < 2 || word.Contains(' '))
                findings.Add(Warn(folder, WordsFile, line, $"词条“{entry}”不是一个至少两个字的词，已忽略", "每行写一个词，不含空格"));
            else if (!words.Add(word))
                findings.Add(Warn(folder, WordsFile, line, $"词条“{entry}”重复", "删除重复的一行"));
        }

        var groups = new List<IReadOnlyList<string>>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, entry) in ReadEntries(folder, SynonymsFile, hash, findings))
        {
            var group = new List<string>();
            foreach (var raw in entry.Split([' ', '\t', '\u3000', ',', '，', '/', '／', '、', '|'], StringSplitOptions.RemoveEmptyEntries))
            {
                var word = normalizer.NormalizeTerm(raw);
                if (word.Length == 0 || group.Contains(word))
                    continue;
                if (seen.TryGetValue(word, out var otherLine))
                {
                    findings.Add(Warn(folder, SynonymsFile, line, $"“{raw}”已在第 {otherLine} 行的同义词组里，本行的这一项被忽略",
                        "一个词只能属于一个同义词组；合并这两组或删去其中一处"));
                    continue;
                }
                seen[word] = line;
                group.Add(word);
            }
            if (group.Count >= 2)
                groups.Add(group);
            else if (group.Count == 1)
                findings.Add(Warn(folder, SynonymsFile, line, $"同义词组只有一个词“{group[0]}”", "一行至少写两个可以互换的词，用空格分隔"));
        }

        var stopWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, entry) in ReadEntries(folder, StopWordsFile, hash, findings))
            stopWords.Add(normalizer.NormalizeTerm(entry));

        return new Lexicon(words, groups, stopWords, Convert.ToHexStringLower(hash.GetHashAndReset()), findings);
    }

    /// <summary>The lexicon files' content hash, computed without building the lexicon (cheap freshness check).</summary>
    public static string Fingerprint(string knowledgeBase)
    {
        var folder = FolderOf(knowledgeBase);
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"analyzer-v{Analyzer.Version}\n"));
        foreach (var file in new[] { WordsFile, SynonymsFile, StopWordsFile })
        {
            var path = Path.Combine(folder, file);
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            if (File.Exists(path))
                hash.AppendData(File.ReadAllBytes(path));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static IEnumerable<(int Line, string Entry)> ReadEntries(string folder, string file, IncrementalHash hash, List<Finding> findings)
    {
        var path = Path.Combine(folder, file);
        hash.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
        if (!File.Exists(path))
            yield break;
        var bytes = File.ReadAllBytes(path);
        hash.AppendData(bytes);
        var decoded = SourceText.Decode(bytes);
        if (decoded.Text is null)
        {
            findings.Add(new Finding(Display(folder, file), decoded.InvalidLine, 1, FindingLevel.Warning, "lexicon-not-utf8",
                "词表文件不是 UTF-8 编码，已整体忽略", "用 UTF-8 重新保存该文件"));
            yield break;
        }
        var lines = decoded.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var content = lines[i];
            var comment = content.IndexOf('#');
            if (comment >= 0)
                content = content[..comment];
            content = content.Trim();
            if (content.Length > 0)
                yield return (i + 1, content);
        }
    }

    private static string Display(string folder, string file) => Path.Combine(folder, file).Replace('\\', '/');

    private static Finding Warn(string folder, string file, int line, string message, string fix) =>
        new(Display(folder, file), line, 1, FindingLevel.Warning, "lexicon", message, fix);
}
