using Playbooks.Core;
using Playbooks.Core.Parsing;

namespace Playbooks.Search.Evaluation;

/// <summary>One labelled query: the text an operator typed and the playbooks that answer it, with grades (2 primary, 1 acceptable).</summary>
public sealed record LabelledQuery(string Id, string Text, IReadOnlyDictionary<string, int> Relevant, int Line);

/// <summary>
/// Reads query sets in the TSV format of dev-queries.tsv: a header line, then <c>qid \t query \t id:grade,id:grade</c>.
/// A grade may be omitted (means 2); 3 is accepted for sets graded on a wider scale (it only raises nDCG's gain).
/// Lines starting with # are comments. A qid used twice is an error: per-query reports and --json are keyed by it.
/// </summary>
public static class QuerySet
{
    public static IReadOnlyList<LabelledQuery> Load(string path)
    {
        if (Directory.Exists(path))
            throw new PlaybooksException($"查询集路径是一个目录，不是文件：{path}", "指定目录里的 .tsv 查询集文件；格式见 README 的“检索质量评估”一节", path, ErrorKind.NotAFile);
        if (!File.Exists(path))
            throw new PlaybooksException($"找不到查询集文件：{path}", "检查路径；格式见 README 的“检索质量评估”一节", path, ErrorKind.MissingFile);
        var decoded = SourceText.Decode(File.ReadAllBytes(path));
        if (decoded.Text is null)
            throw new PlaybooksException("查询集文件不是 UTF-8 编码", "用 UTF-8 重新保存该文件", $"{path}:{decoded.InvalidLine}", ErrorKind.NotUtf8);
        return Parse(path, decoded.Text);
    }

    public static IReadOnlyList<LabelledQuery> Parse(string path, string text)
    {
        var queries = new List<LabelledQuery>();
        var lineOfQid = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#') || (i == 0 && line.StartsWith("qid\t", StringComparison.Ordinal)))
                continue;
            var columns = line.Split('\t');
            if (columns.Length < 3)
                throw Malformed(path, i + 1, "每行应有三列，用 Tab 分隔：qid、查询、相关预案");
            if (columns[0].Trim().Length == 0)
                throw Malformed(path, i + 1, "第一列的查询编号（qid）是空的");
            if (columns[1].Trim().Length == 0)
                throw Malformed(path, i + 1, "第二列的查询是空的，写上值班同学会输入的描述");
            // A fourth column is most often a second relevant id typed after another Tab: ignoring it would score the
            // query against half its answers without a word. Trailing empty cells (a spreadsheet's export) are fine.
            if (columns.Skip(3).FirstOrDefault(c => c.Trim().Length > 0) is { } extra)
                throw Malformed(path, i + 1, $"第三列之后还有内容“{extra.Trim()}”：多个相关预案都写在第三列，用逗号分隔（id:2,id:1）");
            var relevant = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var item in columns[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = item.Split(':');
                var grade = 2;
                if (parts.Length > 2 || (parts.Length == 2 && (!int.TryParse(parts[1], out grade) || grade is < 1 or > 3)))
                    throw Malformed(path, i + 1, $"相关预案“{item}”格式不对，应为 id:2（主要答案）或 id:1（也可接受），等级最高为 3");
                relevant[parts[0]] = grade;
            }
            if (relevant.Count == 0)
                throw Malformed(path, i + 1, "第三列没有相关预案");
            var qid = columns[0].Trim();
            if (!lineOfQid.TryAdd(qid, i + 1))
                throw Malformed(path, i + 1, $"查询编号“{qid}”与第 {lineOfQid[qid]} 行重复，每条查询的编号要唯一");
            queries.Add(new LabelledQuery(qid, columns[1].Trim(), relevant, i + 1));
        }
        if (queries.Count == 0)
            throw new PlaybooksException("查询集中没有任何查询", "每行写：qid<Tab>查询<Tab>预案id:2", path, ErrorKind.EmptyFile);
        return queries;
    }

    private static PlaybooksException Malformed(string path, int line, string what) =>
        new($"查询集第 {line} 行格式错误：{what}", "按 qid<Tab>查询<Tab>id:2,id:1 的格式修改这一行", $"{path}:{line}", ErrorKind.MalformedQuerySet);
}
