using Playbooks.Core.Authoring.Import;
using Playbooks.Core.Model;

namespace Playbooks.Core.Tests.Authoring.Import;

/// <summary>The importer on whole articles in the styles found in Chinese operations write-ups (Fixtures/import/).</summary>
public sealed class CaseImporterTests
{
    private static ImportResult Fixture(string name) =>
        CaseImporter.Read(File.ReadAllBytes(Path.Combine(TestPaths.Fixtures, "import", name)), name);

    private static string Section(ImportedCase @case, SectionKind kind) => @case.Part(kind)?.Markdown ?? "";

    [Fact]
    public void Bracket_parts_with_numbered_titles_become_one_case_each()
    {
        var result = Fixture("bracket-numbered.txt");

        Assert.Equal(["打卡返现规则只说了一次，学员集体质疑", "竞品小号混进体验课群，冒充助教拉人", "直播课突然卡顿，学员在群里刷“退钱”"],
            result.Cases.Select(c => c.Title));
        Assert.Equal([14, 44, 74], result.Cases.Select(c => c.Line));
        Assert.All(result.Cases, c => Assert.Empty(c.Missing));
        Assert.Equal("21 天打卡训练营，完成全部打卡可以全额返还 99 元学费，群里 300 人左右。", Section(result.Cases[0], SectionKind.Background));
    }

    [Fact]
    public void Numbered_steps_become_a_Markdown_ordered_list()
    {
        var handling = Section(Fixture("bracket-numbered.txt").Cases[1], SectionKind.Handling);

        Assert.Equal("""
            1. 立刻开启全员禁言，把发名片的小号全部移出群。
            2. 发公告列出全部官方人员的昵称和头像。
            3. 提醒学员：官方不会私下加好友，可疑好友直接删除并举报。
            4. 解除禁言后重发一次群规。
            """.ReplaceLineEndings("\n"), handling);
    }

    [Fact]
    public void Numbered_steps_before_a_later_part_are_not_mistaken_for_case_titles()
    {
        var retro = Fixture("bracket-numbered.txt").Cases[1].Part(SectionKind.Retrospective)!;

        Assert.Equal((68, "复盘反思"), (retro.Line, retro.Heading));
        Assert.StartsWith("1. 把小号的昵称", retro.Markdown);
    }

    [Fact]
    public void Two_retrospective_variants_are_merged_under_their_own_labels()
    {
        var @case = Fixture("bracket-numbered.txt").Cases[0];

        Assert.Equal("改进方法、迁徙反思", @case.Part(SectionKind.Retrospective)!.Heading);
        Assert.Equal("""
            **改进方法**

            规则要在开营、每周和结营前反复提醒，并写进打卡小程序的首页。

            **迁徙反思**

            不要以为说过一次大家就知道了，涉及钱的规则一定要反复讲。
            """.ReplaceLineEndings("\n"), Section(@case, SectionKind.Retrospective));
        Assert.Equal(["“改进方法”“迁徙反思”都归入“复盘反思”，已合并，各段前保留了原小标题"], @case.Notes);
    }

    [Fact]
    public void Preamble_and_page_furniture_after_the_last_case_are_ignored_and_reported()
    {
        var result = Fixture("bracket-numbered.txt");

        Assert.Equal(
            [new IgnoredSpan(1, 12, "第一个案例之前的内容"), new IgnoredSpan(100, 109, "案例正文之后、不属于任何案例的内容")],
            result.Ignored);
        Assert.Equal("直播前一天做压测，准备备用推流地址。", Section(result.Cases[2], SectionKind.Retrospective));
    }

    [Fact]
    public void Corner_bracket_parts_with_chinese_numeral_titles()
    {
        var result = Fixture("corner-brackets-han-numerals.txt");

        Assert.Equal(["优惠券被羊毛党批量薅走", "团长在群里和顾客吵架"], result.Cases.Select(c => c.Title));
        Assert.All(result.Cases, c => Assert.Equal(1.0, c.Coverage));
        Assert.Equal("券没有限制每人领取次数，也没有校验新老用户。", Section(result.Cases[0], SectionKind.Risk));
        Assert.Equal("""
            1. 运营私聊顾客道歉，当场退款。
            2. 在群里公开致歉并说明售后流程。
            3. 给团长安排一次售后话术培训。
            """.ReplaceLineEndings("\n"), Section(result.Cases[1], SectionKind.Handling));
    }

    [Fact]
    public void Markdown_heading_parts_with_numbered_titles_and_a_trailing_reading_list()
    {
        var result = Fixture("markdown-headings.md");

        Assert.Equal(["线下快闪店排队太长，顾客在门口闹事", "抽奖结果公布后被质疑内定"], result.Cases.Select(c => c.Title));
        Assert.Equal("- 线下活动必须设报名上限和分时段入场。\n- 现场要有应急预案和对外口径。", Section(result.Cases[0], SectionKind.Retrospective));
        Assert.Equal("以后抽奖全部用第三方公证工具，并提前公布规则。", Section(result.Cases[1], SectionKind.Retrospective));
        Assert.Equal(new IgnoredSpan(55, 58, "案例正文之后、不属于任何案例的内容"), result.Ignored[^1]);
    }

    [Fact]
    public void Markdown_heading_titles_with_bracket_parts_end_at_a_higher_heading()
    {
        var result = Fixture("heading-titles.md");

        Assert.Equal(["改版后老用户集中退款", "推送里写错了活动时间"], result.Cases.Select(c => c.Title));
        Assert.Equal([SectionKind.Escalation, SectionKind.Handling], result.Cases[1].Missing);
        Assert.Equal("推送上线前由第二个人按清单核对时间、价格和链接。", Section(result.Cases[1], SectionKind.Retrospective));
        Assert.Equal([new IgnoredSpan(1, 3, "第一个案例之前的内容"), new IgnoredSpan(32, 34, "案例正文之后、不属于任何案例的内容")], result.Ignored);
    }

    [Fact]
    public void Inline_part_starts_keep_the_text_on_the_same_line()
    {
        var result = Fixture("inline-colon.txt");

        Assert.Equal(["大促价格设置错误，被大量下单", "物流停发，大量用户催单"], result.Cases.Select(c => c.Title));
        Assert.All(result.Cases, c => Assert.Empty(c.Missing));
        Assert.Equal("改价没有复核流程，系统也没有价格异常提醒。", Section(result.Cases[0], SectionKind.Risk)); // "风险源头: " with an ASCII colon
        Assert.Equal("""
            先下架商品，再按平台规则和下单用户协商取消订单。

            1. 客服按统一话术逐一联系已下单用户，提供 20 元无门槛券作为补偿。
            2. 对坚持要求发货的用户，由店长决定是否按错价发货。
            """.ReplaceLineEndings("\n"), Section(result.Cases[0], SectionKind.Handling));
    }

    [Fact]
    public void Steps_written_on_one_line_are_split_into_list_items()
    {
        var handling = Section(Fixture("inline-colon.txt").Cases[1], SectionKind.Handling);

        Assert.Equal("1. 店铺首页挂公告说明延迟原因\n2. 客服主动给受影响订单发短信\n3. 允许用户无理由取消订单。", handling);
    }

    [Theory]
    [InlineData("traditional.txt")]
    [InlineData("traditional-crlf.txt")]
    public void Traditional_headings_are_recognised_with_a_BOM_and_CRLF_line_endings(string name)
    {
        var @case = Assert.Single(Fixture(name).Cases);

        Assert.Equal("新學員在群裡抱怨課程沒有乾貨", @case.Title);
        Assert.Empty(@case.Missing);
        Assert.Equal(["風險源頭", "處理方法"], new[] { @case.Part(SectionKind.Risk)!.Heading, @case.Part(SectionKind.Handling)!.Heading });
        Assert.DoesNotContain('\r', Section(@case, SectionKind.Handling));
        Assert.StartsWith("1. 班主任一對一私聊", Section(@case, SectionKind.Handling));
    }

    [Fact]
    public void Missing_and_empty_parts_are_reported()
    {
        var result = Fixture("missing-parts.txt");

        Assert.Equal([SectionKind.Risk, SectionKind.Retrospective], result.Cases[0].Missing);
        Assert.Equal([SectionKind.Risk, SectionKind.Escalation, SectionKind.Retrospective], result.Cases[1].Missing);
        Assert.True(result.Cases[1].Part(SectionKind.Risk)!.IsEmpty); // written as a heading with nothing under it
        Assert.Equal(0.4, result.Cases[1].Coverage);
    }

    [Fact]
    public void A_single_case_without_a_numbered_title_takes_the_line_above_its_first_part()
    {
        var @case = Assert.Single(Fixture("untitled.txt").Cases);

        Assert.Equal("直播间突然黑屏的一次复盘", @case.Title);
        Assert.Equal(["标题取自第 1 行“直播间突然黑屏的一次复盘”，请核对"], @case.Notes);
    }

    [Fact]
    public void Parts_without_any_title_line_get_a_placeholder_title_and_a_note()
    {
        var result = CaseImporter.Parse("【背景】\n群里出事了。\n【处理方法】\n1.禁言\n", "paste");

        var @case = Assert.Single(result.Cases);
        Assert.Equal("未命名案例 1", @case.Title);
        Assert.Equal(["第 1 行开始的案例没有标题，暂定为“未命名案例 1”，请修改 title"], @case.Notes);
    }

    [Fact]
    public void A_new_part_sequence_without_a_numbered_title_starts_a_new_case()
    {
        var result = CaseImporter.Parse("""
            店主晒破损图
            【背景】
            门店进货群。
            【处理方法】
            1.私聊道歉
            2.退换货
            群里没人说话
            【背景】
            免费交流群。
            【处理方法】
            每周一次分享。
            """, "paste");

        Assert.Equal(["店主晒破损图", "群里没人说话"], result.Cases.Select(c => c.Title));
        Assert.Equal("1. 私聊道歉\n2. 退换货", Section(result.Cases[0], SectionKind.Handling));
    }

    [Fact]
    public void A_case_lacking_its_first_parts_still_starts_at_the_next_title_number()
    {
        var result = CaseImporter.Parse("""
            1、第一个案例
            【社群背景】
            背景一。
            2、第二个案例
            【风险源头】
            风险二。
            """, "paste");

        Assert.Equal(["第一个案例", "第二个案例"], result.Cases.Select(c => c.Title));
        Assert.Equal([SectionKind.Risk], result.Cases[1].Parts.Select(p => p.Kind));
    }

    [Fact]
    public void Steps_numbered_like_the_titles_are_kept_as_steps()
    {
        var result = CaseImporter.Parse("""
            1、第一个案例
            【处理方法】
            1、禁言
            2、澄清
            【复盘反思】
            补上群规。
            2、第二个案例
            【社群背景】
            背景二。
            """, "paste");

        Assert.Equal(["第一个案例", "第二个案例"], result.Cases.Select(c => c.Title));
        Assert.Equal("1. 禁言\n2. 澄清", Section(result.Cases[0], SectionKind.Handling));
    }

    [Fact]
    public void A_sentence_that_starts_like_an_earlier_part_name_stays_in_its_part()
    {
        var @case = Assert.Single(CaseImporter.Parse("""
            1、直播卡顿
            【激化情况】
            卡顿五分钟。
            【处理方法】
            1.切换线路
            升级：超过十分钟通知技术负责人。
            """, "paste").Cases);

        Assert.Equal([SectionKind.Escalation, SectionKind.Handling], @case.Parts.Select(p => p.Kind));
        Assert.EndsWith("升级：超过十分钟通知技术负责人。", Section(@case, SectionKind.Handling));
    }

    [Fact]
    public void Text_between_a_title_and_its_first_part_goes_into_the_background()
    {
        var @case = Assert.Single(CaseImporter.Parse("### 案例三：团长吵架\n社区团购群，团长是兼职。\n【处理方法】\n1.道歉\n", "paste").Cases);

        Assert.Equal("团长吵架", @case.Title);
        Assert.Equal("社区团购群，团长是兼职。", Section(@case, SectionKind.Background));
        Assert.Contains("标题和第一个小标题之间的文字已放进“背景”", @case.Notes);
    }

    [Fact]
    public void Rejects_text_with_no_case_and_says_what_a_case_looks_like()
    {
        var error = Assert.Throws<PlaybooksException>(() => CaseImporter.Parse("运营到底是做什么的？\n\n一是产品运营。\n", "article.txt"));

        Assert.Equal(("没有在 article.txt 里找到案例", "article.txt", "no-cases"), (error.Message, error.Location, error.Code));
        Assert.StartsWith("每个案例以编号标题开头（如“1、标题”“一、标题”“2. 标题”“### 标题”）", error.Remedy);
    }

    [Fact]
    public void Rejects_empty_input()
    {
        var error = Assert.Throws<PlaybooksException>(() => CaseImporter.Parse(" \n\n", "标准输入"));

        Assert.Equal(("没有可导入的内容：输入是空的", "empty-input"), (error.Message, error.Code));
    }

    [Fact]
    public void Rejects_a_file_that_is_not_UTF8_naming_the_line()
    {
        byte[] gbk = [.. "1、标题\n【背景】\n"u8, 0xC8, 0xBA, 0xC0, 0xEF];

        var error = Assert.Throws<PlaybooksException>(() => CaseImporter.Read(gbk, "article.txt"));

        Assert.Equal(("文件不是 UTF-8 编码（第 3 行有无法解码的字节）", "article.txt:3", "not-utf8"), (error.Message, error.Location, error.Code));
        Assert.Equal("用 UTF-8 重新保存；GBK 文件可用 `iconv -f GBK -t UTF-8 旧文件 > 新文件` 转换", error.Remedy);
    }
}
