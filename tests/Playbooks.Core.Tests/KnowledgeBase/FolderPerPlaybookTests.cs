using Playbooks.Core.Diagnostics;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.KnowledgeBase;

/// <summary>
/// A team keeping one folder per playbook (<c>bot-flood/README.md</c> or <c>bot-flood/index.md</c>, images beside it):
/// the playbook goes by its folder's name, while a README that documents a folder stays out without a word.
/// </summary>
public sealed class FolderPerPlaybookTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Playbook(string? id = null) => $"""
        ---
        {(id is null ? "" : $"id: {id}")}
        title: 机器人小号涌进群刷广告
        category: 社群运营
        severity: 高
        owner: 社群运营主管
        updated: 2026-11-01
        ---
        ## 背景
        几分钟内涌进上百个小号。
        ## 风险源头
        群没有入群验证。
        ## 激化情况
        十分钟内超过 20 条广告 → 通知社群运营主管。
        ## 处理方法
        1. **社群助教（2 分钟内）** 开启全员禁言。
        2. **社群助教（10 分钟内）** 移出小号。
        ## 复盘反思
        所有群开启入群验证。
        """;

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private LoadedKnowledgeBase Load() => new KnowledgeBaseLoader(new PlaybookParser(FixedClock.Today)).Load(_folder.Path);

    [Fact]
    public void A_readme_playbook_goes_by_its_folders_name()
    {
        // Was left out by its name: the team saw an empty list and no warning.
        Write("community/bot-flood/README.md", Playbook());
        File.WriteAllBytes(Path.Combine(_folder.Path, "community/bot-flood/screenshot.png"), [0x89, 0x50]);

        var kb = Load();

        var playbook = Assert.Single(kb.Valid);
        Assert.Equal("bot-flood", playbook.Id);
        var missing = Assert.Single(kb.Findings, f => f.Code == FindingCodes.MissingId);
        Assert.Equal("缺少 id，暂用“bot-flood”", missing.Message);
        Assert.Equal("加一行 `id: bot-flood`，与目录名一致", missing.Fix);
    }

    [Fact]
    public void An_index_page_goes_by_its_folders_name_and_lint_speaks_of_the_folder()
    {
        // Was read with the id "index", and lint asked for `id: index`.
        Write("community/bot-flood/index.md", Playbook("bot-flood"));
        Write("community/refund-wave/index.md", Playbook("refund"));

        var kb = Load();

        Assert.Equal(["bot-flood", "refund"], kb.Valid.Select(p => p.Id));
        var mismatch = Assert.Single(kb.Findings, f => f.Code == FindingCodes.IdMismatch);
        Assert.Equal(($"{_folder.Path}/community/refund-wave/index.md", "id“refund”与目录名“refund-wave/”不一致", "把目录改名为 refund/，或把 id 改为 refund-wave"),
            (mismatch.Path, mismatch.Message, mismatch.Fix));
    }

    [Fact]
    public void Readmes_that_document_a_folder_stay_out_without_a_word()
    {
        Write("README.md", "# 预案库\n\n按分类放在子目录里。\n\n## 怎么写\n\n见模板。\n");
        Write("community/README.md", "# 社群运营\n\n## 背景\n\n社群是我们的主要阵地。\n");
        Write("community/bot-flood.md", Playbook("bot-flood"));

        var kb = Load();

        Assert.Equal(["community/bot-flood.md"], kb.Files.Select(f => PlaybookFiles.Relative(_folder.Path, f.Path)));
        Assert.Empty(kb.Findings);
    }

    [Fact]
    public void A_readme_with_some_parts_is_a_playbook_with_its_missing_parts_reported()
    {
        Write("ops/refund-wave/README.md", "# 退款潮\n\n## 背景\n\n大促后退款集中。\n\n## 处理方法\n\n1. 客服（5 分钟内）统一回复。\n2. 财务（当天）核对。\n");

        var kb = Load();

        Assert.Equal("refund-wave", Assert.Single(kb.Valid).Id);
        var missing = kb.Findings.Where(f => f.Code == FindingCodes.MissingSection).Select(f => (f.Path, f.Level, f.Message)).ToList();
        Assert.Equal(3, missing.Count);
        Assert.All(missing, m => Assert.Equal(($"{_folder.Path}/ops/refund-wave/README.md", FindingLevel.Error), (m.Path, m.Level)));
        Assert.Contains(missing, m => m.Message == "缺少章节“风险源头”");
    }

    [Fact]
    public void A_readme_declaring_an_id_is_a_playbook_even_with_one_part()
    {
        Write("ops/refund-wave/README.md", "---\nid: refund-wave\ntitle: 退款潮\n---\n\n## 处理方法\n\n1. 客服（5 分钟内）统一回复。\n2. 财务（当天）核对。\n");

        var kb = Load();

        Assert.Equal("refund-wave", Assert.Single(kb.Valid).Id);
        Assert.Contains(kb.Findings, f => f.Message == "缺少章节“背景”");
    }

    [Fact]
    public void Folders_of_the_same_name_in_two_categories_share_an_id_with_both_paths_named()
    {
        Write("community/bot-flood/README.md", Playbook());
        Write("ecommerce/bot-flood/README.md", Playbook());

        var kb = Load();

        var duplicates = kb.Findings.Where(f => f.Code == FindingCodes.DuplicateId).ToList();
        Assert.Equal(2, duplicates.Count);
        var first = $"{_folder.Path}/community/bot-flood/README.md";
        var second = $"{_folder.Path}/ecommerce/bot-flood/README.md";
        Assert.Equal($"id“bot-flood”重复：{second} 也使用了这个 id", duplicates.Single(d => d.Path == first).Message);
        Assert.Equal($"id“bot-flood”重复：{first} 也使用了这个 id；本文件暂用“bot-flood-2”", duplicates.Single(d => d.Path == second).Message);
        Assert.Equal(["bot-flood", "bot-flood-2"], kb.Valid.Select(p => p.Id));
    }
}
