namespace Playbooks.Core.Parsing;

/// <summary>
/// Says in Chinese what a YamlDotNet syntax error means for someone editing a playbook's front matter or
/// <c>playbooks.yml</c>. YamlDotNet's messages are English and describe its parser ("While parsing a block mapping, did
/// not find expected key."); users read lint output, so they get the likely mistake instead. Matched on fragments of the
/// pinned YamlDotNet's wording; a message not listed gets a general sentence rather than the English text.
/// </summary>
internal static class YamlErrorWording
{
    // First match wins: the more specific fragments come before the general ones.
    private static readonly (string Fragment, string Chinese)[] Known =
    [
        ("found invalid mapping", "值里有没加引号的冒号（“: ”），被当成了新的字段"),
        ("Mapping values are not allowed", "值里有没加引号的冒号（“: ”），或这一行的缩进不对"),
        ("simple key", "这一行缺少冒号：字段要写成“键: 值”，冒号后加一个空格"),
        ("block mapping", "这一行不是“键: 值”的写法：缺少冒号、含有不可见字符，或缩进与上面的字段不一致"),
        ("multi-line double-quoted scalar", "引号没有成对：以引号开头的值要用同样的引号结尾"),
        ("quoted scalar, found unexpected end", "引号没有成对：以引号开头的值要用同样的引号结尾"),
        ("quoted scalar", "引号里的内容有无法识别的写法（如双引号里的反斜杠 \\）；改用单引号或去掉反斜杠"),
        ("flow sequence", "[ ] 列表没有闭合，或列表项之间缺少逗号"),
        ("flow mapping", "{ } 没有闭合，或各项之间缺少逗号"),
        ("flow entry", "[ ] 或 { } 里的逗号后面写了注释"),
        ("anchor or alias", "值以 * 或 & 开头，YAML 把它当成了引用；请用引号括起来"),
        ("Anchor", "值以 * 或 & 开头，YAML 把它当成了引用；请用引号括起来"),
        ("cannot start any token", "值以 YAML 不允许开头的字符开始（如 ` 或 @）；请用引号括起来"),
        ("block collection", "列表项（以 - 开头的行）的缩进不一致"),
        ("Block sequence entries are not allowed", "这里不能开始 - 列表：列表写在“键:”的下一行并缩进，或写成 [a, b]"),
        ("Mapping keys are not allowed", "这里不能出现以 ? 开头的键；请用引号括起来"),
        ("node content", "这里缺少值，或有多余的符号"),
        ("tag", "值以 ! 开头，YAML 把它当成了类型标记；请用引号括起来"),
        ("block scalar", "| 或 > 开头的多行文字写法不对；请把值写在同一行，或用引号括起来"),
        ("comment", "# 前面缺少空格，或注释写在了不能写的位置；值里含 # 时请用引号括起来"),
        ("document", "front matter 里多了 --- 或 ... 这样的分隔行"),
        ("directive", "以 % 开头的行不是字段；请删除或用引号括起来"),
    ];

    /// <summary>The Chinese description of <paramref name="message"/> (YamlDotNet's text without its position prefix).</summary>
    public static string Describe(string message)
    {
        foreach (var (fragment, chinese) in Known)
            if (message.Contains(fragment, StringComparison.OrdinalIgnoreCase))
                return chinese;
        return "这一行无法按 YAML 读出";
    }
}
