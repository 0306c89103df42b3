using System.Security.Cryptography;
using System.Text;
using Playbooks.Core.Diagnostics;
using Playbooks.Core.Parsing;
using Playbooks.Search.Analysis;

namespace Playbooks.Search.Lexicons;

/// <summary>
/// Reads the lexicon: the built-in base (<see cref="BaseLexicon"/>) first, then the knowledge base's own
/// <c>lexicon/</c> files on top. Format (documented in playbooks/README.md): one entry per line, <c>#</c> starts a
/// comment, blank lines ignored; in synonyms.txt each line is one group of words separated by whitespace, commas or
/// slashes, the first word being the canonical form; in english.txt each line is <c>english = 中文词 中文词</c>.
/// </summary>
/// <remarks>
/// The team's files add to the base and override it: a team synonym group takes its words out of the base groups,
/// a team english.txt line replaces the base line of the same English word, and a line <c>!词</c> drops that base
/// entry (a word, a stop word, a word from its synonym group, or an English word's line).
/// </remarks>
public static class LexiconLoader
{
    public const string FolderName = "lexicon";
    public const string WordsFile = "words.txt";
    public const string SynonymsFile = "synonyms.txt";
    public const string StopWordsFile = "stopwords.txt";
    public const string EnglishFile = "english.txt";

    /// <summary>Every lexicon file, in reading order.</summary>
    public static IReadOnlyList<string> Files { get; } = [WordsFile, SynonymsFile, StopWordsFile, EnglishFile];

    private static readonly char[] Separators = [' ', '\t', '\u3000', ',', '，', '/', '／', '、', '|'];

    public static string FolderOf(string knowledgeBase) => Path.Combine(knowledgeBase, FolderName);

    /// <summary>Loads the built-in base lexicon and the knowledge base's own files on top; a missing folder or file adds nothing.</summary>
    public static Lexicon Load(string knowledgeBase, TextNormalizer normalizer) => Load(knowledgeBase, normalizer, BaseLexicon.BuiltIn);

    /// <summary>Loads <paramref name="baseLexicon"/> and the knowledge base's own files on top.</summary>
    public static Lexicon Load(string knowledgeBase, TextNormalizer normalizer, BaseLexicon baseLexicon)
    {
        var reader = new Reader(FolderOf(knowledgeBase), baseLexicon, normalizer);
        var words = reader.Words();
        var groups = reader.SynonymGroups();
        var stopWords = reader.StopWords();
        var english = reader.English();
        return new Lexicon(words, groups, stopWords, reader.Fingerprint(), reader.Findings, english);
    }

    /// <summary>The lexicon's content hash (base and team files), computed without building the lexicon (cheap freshness check).</summary>
    public static string Fingerprint(string knowledgeBase) => Fingerprint(knowledgeBase, BaseLexicon.BuiltIn);

    public static string Fingerprint(string knowledgeBase, BaseLexicon baseLexicon)
    {
        var hash = NewHash();
        foreach (var file in Files)
            foreach (var source in Sources(FolderOf(knowledgeBase), baseLexicon, file))
                Append(hash, source);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static IncrementalHash NewHash()
    {
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"analyzer-v{Analyzer.Version}\n"));
        return hash;
    }

    /// <summary>One file of the lexicon: the base's or the team's copy (null bytes when the file does not exist).</summary>
    private sealed record Source(string Display, byte[]? Bytes, bool IsBase);

    private static IEnumerable<Source> Sources(string folder, BaseLexicon baseLexicon, string file)
    {
        yield return new Source($"{BaseLexicon.DisplayFolder}/{file}", baseLexicon.File(file), IsBase: true);
        var path = Path.Combine(folder, file);
        yield return new Source(path.Replace('\\', '/'), File.Exists(path) ? File.ReadAllBytes(path) : null, IsBase: false);
    }

    private static void Append(IncrementalHash hash, Source source)
    {
        hash.AppendData(Encoding.UTF8.GetBytes((source.IsBase ? "base:" : "team:") + Path.GetFileName(source.Display) + "\n"));
        if (source.Bytes is not null)
            hash.AppendData(source.Bytes);
    }

    /// <summary>Reads each file's base and team copies, in order, collecting findings and hashing what it read.</summary>
    private sealed class Reader(string folder, BaseLexicon baseLexicon, TextNormalizer normalizer)
    {
        private readonly IncrementalHash _hash = NewHash();

        public List<Finding> Findings { get; } = [];

        public string Fingerprint() => Convert.ToHexStringLower(_hash.GetHashAndReset());

        public HashSet<string> Words()
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (source, line, entry, drop) in Entries(WordsFile))
            {
                var word = normalizer.NormalizeTerm(entry);
                if (drop)
                    words.Remove(word);
                else if (word.Length < 2 || word.Contains(' '))
                    Warn(source, line, $"词条“{entry}”不是一个至少两个字的词，已忽略", "每行写一个词，不含空格");
                else if (!words.Add(word) && !source.IsBase && !FromBase(WordsFile, word))
                    Warn(source, line, $"词条“{entry}”重复", "删除重复的一行");
            }
            return words;
        }

        public List<IReadOnlyList<string>> SynonymGroups()
        {
            var groups = new List<List<string>>();
            var groupOf = new Dictionary<string, (List<string> Group, bool IsBase, int Line)>(StringComparer.Ordinal);
            foreach (var (source, line, entry, drop) in Entries(SynonymsFile))
            {
                var group = new List<string>();
                foreach (var raw in entry.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
                {
                    var word = normalizer.NormalizeTerm(raw);
                    if (word.Length == 0 || group.Contains(word))
                        continue;
                    if (groupOf.TryGetValue(word, out var other))
                    {
                        if (other.IsBase && !source.IsBase)
                        {
                            // The team's own grouping (or its "!词") wins over the base's.
                            other.Group.Remove(word);
                            groupOf.Remove(word);
                        }
                        else if (!drop)
                        {
                            Warn(source, line, $"“{raw}”已在第 {other.Line} 行的同义词组里，本行的这一项被忽略",
                                "一个词只能属于一个同义词组；合并这两组或删去其中一处");
                            continue;
                        }
                    }
                    if (drop)
                        continue;
                    groupOf[word] = (group, source.IsBase, line);
                    group.Add(word);
                }
                if (drop)
                    continue;
                if (group.Count >= 1)
                    groups.Add(group);
                if (group.Count == 1)
                    Warn(source, line, $"同义词组只有一个词“{group[0]}”", "一行至少写两个可以互换的词，用空格分隔");
            }
            return groups.Where(g => g.Count >= 2).Select(g => (IReadOnlyList<string>)g).ToList();
        }

        public HashSet<string> StopWords()
        {
            var stopWords = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (_, _, entry, drop) in Entries(StopWordsFile))
            {
                var word = normalizer.NormalizeTerm(entry);
                if (drop)
                    stopWords.Remove(word);
                else
                    stopWords.Add(word);
            }
            return stopWords;
        }

        public Dictionary<string, IReadOnlyList<string>> English()
        {
            var english = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            var teamLines = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (source, line, entry, drop) in Entries(EnglishFile))
            {
                if (drop)
                {
                    english.Remove(normalizer.NormalizeTerm(entry));
                    continue;
                }
                var equals = entry.IndexOfAny(['=', '＝']);
                var key = equals < 0 ? "" : normalizer.NormalizeTerm(entry[..equals].Trim());
                var glosses = equals < 0 ? [] : entry[(equals + 1)..].Split(Separators, StringSplitOptions.RemoveEmptyEntries)
                    .Select(normalizer.NormalizeTerm).Where(w => w.Length > 0 && w != key).Distinct().ToList();
                if (key.Length == 0 || !key.Any(char.IsAsciiLetterOrDigit) || key.Contains(' ') || glosses.Count == 0)
                {
                    Warn(source, line, $"“{entry}”不是“英文词 = 中文词”的格式，已忽略", "每行写一个英文词、等号和它对应的中文词，例如 refund = 退款");
                    continue;
                }
                if (!source.IsBase && teamLines.TryGetValue(key, out var first))
                    Warn(source, line, $"英文词“{key}”在第 {first} 行已经写过，以本行为准", "删去其中一行");
                if (!source.IsBase)
                    teamLines[key] = line;
                english[key] = glosses;
            }
            return english;
        }

        private readonly Dictionary<string, HashSet<string>> _baseEntries = new(StringComparer.Ordinal);

        /// <summary>Whether the base copy of <paramref name="file"/> has <paramref name="word"/> (a team repeating a base word is fine).</summary>
        private bool FromBase(string file, string word) => _baseEntries.TryGetValue(file, out var entries) && entries.Contains(word);

        /// <summary>The entries of the base copy, then the team's; <c>Drop</c> for a team line starting with <c>!</c>.</summary>
        private IEnumerable<(Source Source, int Line, string Entry, bool Drop)> Entries(string file)
        {
            foreach (var source in Sources(folder, baseLexicon, file))
            {
                Append(_hash, source);
                if (source.Bytes is null)
                    continue;
                var decoded = SourceText.Decode(source.Bytes);
                if (decoded.Text is null)
                {
                    Findings.Add(new Finding(source.Display, decoded.InvalidLine, 1, FindingLevel.Warning, "lexicon-not-utf8",
                        "词表文件不是 UTF-8 编码，已整体忽略", "用 UTF-8 重新保存该文件"));
                    continue;
                }
                var lines = decoded.Text.Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    var content = lines[i];
                    var comment = content.IndexOf('#');
                    if (comment >= 0)
                        content = content[..comment];
                    content = content.Trim();
                    if (content.Length == 0)
                        continue;
                    var drop = !source.IsBase && (content[0] == '!' || content[0] == '！');
                    if (drop)
                        content = content[1..].Trim();
                    if (content.Length == 0)
                        continue;
                    if (source.IsBase && file == WordsFile)
                        RememberBase(file, normalizer.NormalizeTerm(content));
                    yield return (source, i + 1, content, drop);
                }
            }
        }

        private void RememberBase(string file, string word)
        {
            if (!_baseEntries.TryGetValue(file, out var entries))
                _baseEntries[file] = entries = new HashSet<string>(StringComparer.Ordinal);
            entries.Add(word);
        }

        private void Warn(Source source, int line, string message, string fix) =>
            Findings.Add(new Finding(source.Display, line, 1, FindingLevel.Warning, "lexicon", message, fix));
    }
}
