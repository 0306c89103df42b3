using System.Globalization;
using System.Text.RegularExpressions;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Authoring.Import;

/// <summary>
/// Splits a case write-up, in the bracket style of Chinese operations articles, into cases and their five parts.
/// </summary>
/// <remarks>
/// Grammar, roughly: <c>article = preamble case+ trailer; case = title? intro? part+; part = name text</c>, where a
/// title is a numbered line (1、 一、 2. ), a Markdown heading or a label (案例三：), and a part name is any heading
/// <see cref="SectionHeadings"/> accepts, written 【社群背景】, 「风险源头」, ### 激化情况, 处理方法： (text may go on
/// the same line), 一、复盘反思 …
/// <para>
/// Numbered steps look exactly like numbered titles, so a candidate line is a title only when the next structural
/// line is a part name and the case could not go on there: the part starts the sequence again (背景 after 处理方法),
/// or the candidate is a heading or label like the case's own title, or it is the next number in the titles'
/// sequence without continuing a list of the same style. Text before the first case is ignored; so is page
/// furniture after a case (a heading or rule, a numbered line that continues nothing, reading lists and share
/// links, see <see cref="TrailingNoise"/>), and every ignored span is reported.
/// </para>
/// Stateless and thread-safe.
/// </remarks>
public static partial class CaseImporter
{
    /// <summary>
    /// Articles larger than this are refused: the playbook limit (1 MiB), since every case becomes a playbook and a
    /// larger input is a dump (11 MB of stdin once planned 16 000 drafts).
    /// </summary>
    public const int MaxBytes = SourceText.MaxBytes;

    /// <summary>Longest line taken as a title when an article gives none (a longer one is a sentence).</summary>
    private const int MaxInferredTitleLength = 40;

    /// <summary>Decodes an article file (UTF-8, with or without BOM, any line endings) and splits it into cases.</summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="sourceName">The file as the user named it, for error messages.</param>
    /// <exception cref="PlaybooksException">Too large, not UTF-8, empty, or no case found.</exception>
    public static ImportResult Read(ReadOnlySpan<byte> bytes, string sourceName)
    {
        if (bytes.Length > MaxBytes)
            throw TooLarge(bytes.Length, sourceName);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            throw new PlaybooksException("文件是 UTF-16 编码，不是 UTF-8",
                "用 UTF-8 重新保存（记事本：另存为，编码选“UTF-8”），或 `iconv -f UTF-16 -t UTF-8 旧文件 > 新文件`", sourceName, ErrorKind.NotUtf8);
        var decoded = SourceText.Decode(bytes);
        if (decoded.Text is null)
            throw new PlaybooksException($"文件不是 UTF-8 编码（第 {decoded.InvalidLine} 行有无法解码的字节）",
                "用 UTF-8 重新保存；GBK 文件可用 `iconv -f GBK -t UTF-8 旧文件 > 新文件` 转换", $"{sourceName}:{decoded.InvalidLine}", ErrorKind.NotUtf8);
        return Parse(decoded.Text, sourceName);
    }

    /// <summary>The error for an article over <see cref="MaxBytes"/>.</summary>
    /// <param name="bytes">Its size, or null when only "more than the limit" is known (standard input stops being read there).</param>
    public static PlaybooksException TooLarge(long? bytes, string sourceName) => new(
        string.Create(CultureInfo.InvariantCulture,
            $"{(bytes is { } n ? $"文章过大（{n:N0} 字节" : "文章过大（超过上限")}，上限 1 MiB 即 {MaxBytes:N0} 字节，与预案文件相同）"),
        "只保留文章正文再导入，或把文章拆成几份分别导入", sourceName, ErrorKind.FileTooLarge);

    /// <summary>Splits already-decoded text into cases.</summary>
    /// <exception cref="PlaybooksException">The text is empty or has no case.</exception>
    public static ImportResult Parse(string text, string sourceName)
    {
        // Whatever is imported ends up in playbooks that are printed in terminals: no escape sequences in.
        ControlCharacters.RejectInText(text, sourceName);
        text = SourceText.NormalizeNewlines(text).TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
            throw new PlaybooksException("没有可导入的内容：输入是空的", "把复盘文章保存为 UTF-8 文本文件再导入，或用 - 从标准输入读取", sourceName, ErrorKind.EmptyInput);

        var lines = text.Split('\n').Select((raw, i) => ImportLine.Classify(i + 1, raw)).ToList();
        var result = new Scan(lines).Run();
        if (result.Cases.Count == 0)
            throw new PlaybooksException($"没有在 {sourceName} 里找到案例",
                "每个案例以编号标题开头（如“1、标题”“一、标题”“2. 标题”“### 标题”），各部分用【社群背景】【风险源头】【激化情况】【处理方法】【复盘反思】"
                + "或“处理方法：”这样的小标题标出；可识别的写法见 playbooks/README.md", sourceName, ErrorKind.NoCases);
        return result;
    }

    /// <summary>One pass over the classified lines; owns the mutable state of the case being read.</summary>
    private sealed class Scan(List<ImportLine> lines)
    {
        private readonly List<ImportedCase> _cases = [];
        private readonly List<IgnoredSpan> _ignored = [];
        private CaseBuilder? _current;

        public ImportResult Run()
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.Kind == LineKind.Part)
                    OnPart(i, line);
                else if (line.Kind == LineKind.Candidate && IsCaseTitle(i))
                    Start(new CaseBuilder(line));
                else
                    _current?.Append(line);
            }
            Close();
            return new ImportResult(_cases, _ignored);
        }

        private void OnPart(int index, ImportLine part)
        {
            if (_current is null)
            {
                Start(Untitled(index, part, _cases.Count + 1));
            }
            else if (!part.IsStrongPart && !_current.Advances(part))
            {
                _current.Append(part); // "升级：……" inside a part is a sentence, not a new part
                return;
            }
            else if (part.IsStrongPart && _current.Restarts(part))
            {
                // A new part sequence without a recognisable title: a new case all the same.
                var title = _current.TakeTrailingTitle();
                Close();
                Start(title is null ? Untitled(index, part, _cases.Count + 1) : new CaseBuilder(title));
            }
            _current!.AddPart(part);
        }

        /// <summary>See the class remarks: a candidate is a title when what follows it cannot belong to the current case.</summary>
        private bool IsCaseTitle(int index)
        {
            var candidate = lines[index];
            for (var j = index + 1; j < lines.Count; j++)
            {
                var next = lines[j];
                if (next.Kind is LineKind.Blank or LineKind.Text)
                    continue;
                if (next.Kind == LineKind.Candidate)
                {
                    if (next.Form == TitleForm.Bold && candidate.Form != TitleForm.Bold)
                        continue; // a bold line in a case's introduction does not compete with its title
                    return false;
                }
                // next is a part
                if (_current is null)
                    return true;
                // A step that continues a list is still a step even if the next case follows it: that case's
                // title is then a plain line in between, which OnPart takes (see CaseBuilder.TakeTrailingTitle).
                if (next.IsStrongPart ? _current.Restarts(next) : next.Part == SectionKind.Background)
                    return candidate.IsStrongCandidate || _current.IsNextTitleNumber(candidate) || !_current.ContinuesList(candidate);
                if (!next.IsStrongPart && !_current.Advances(next) && next.Part >= _current.LastKind)
                    continue; // a sentence that only looks like a part name
                if (candidate.IsStrongCandidate && (_current.TitleStyle is null || _current.TitleStyle == candidate.TitleStyle))
                    return true;
                return _current.IsNextTitleNumber(candidate) && !_current.ContinuesList(candidate);
            }
            return false;
        }

        private CaseBuilder Untitled(int partIndex, ImportLine part, int number)
        {
            // An article with no numbered titles often puts the title on the line above the first part.
            var previous = Enumerable.Range(0, partIndex).Reverse().Select(k => lines[k]).FirstOrDefault(l => !l.IsBlank);
            if (_current is null && _cases.Count == 0 && previous is not null && LooksLikeTitle(previous))
                return new CaseBuilder(previous);
            return new CaseBuilder(number, part.Number);
        }

        private void Start(CaseBuilder next)
        {
            Close();
            if (_cases.Count == 0)
                Ignore(0, next.StartLine - 1, "第一个案例之前的内容");
            _current = next;
        }

        private void Close()
        {
            if (_current is null)
                return;
            if (_current.CutTrailer() is { } cut)
                Ignore(cut.From - 1, cut.To, "案例正文之后、不属于任何案例的内容");
            _cases.Add(_current.Build(_cases.Count + 1));
            _current = null;
        }

        /// <summary>Records lines [from, to) (0-based) as ignored, trimmed to their non-blank extent.</summary>
        private void Ignore(int from, int to, string reason)
        {
            var kept = Enumerable.Range(from, Math.Max(0, to - from)).Where(k => !lines[k].IsBlank).ToList();
            if (kept.Count > 0)
                _ignored.Add(new IgnoredSpan(kept[0] + 1, kept[^1] + 1, reason));
        }
    }

    internal static bool LooksLikeTitle(ImportLine line)
    {
        var text = line.Kind == LineKind.Candidate ? line.Title : line.Text.Replace("**", "");
        return line.Kind is LineKind.Text or LineKind.Candidate
            && text.Length is >= 2 and <= MaxInferredTitleLength
            && text.Any(char.IsLetter) // not "===" or "【】"
            && !SentenceEnd().IsMatch(text)
            && !(line.Kind == LineKind.Text && line.Marker is not null) // a sub-item such as "（1）……" is content
            && !TrailingNoise.IsNoise(text);
    }

    [GeneratedRegex(@"[。；;，,、…!！?？]$")]
    private static partial Regex SentenceEnd();
}
