namespace Playbooks.Cli.Output;

/// <summary>What <c>playbooks new</c> says after writing: where the file is and the three steps that follow.</summary>
internal static class NewView
{
    public static void Write(CliEnvironment env, string path, string title, string knowledgeBaseArgument)
    {
        env.Out.WriteLine($"已创建预案草稿：{path}");
        env.Out.WriteLine();
        env.Out.WriteLine("下一步：");
        env.Out.WriteLine($"  1. 编辑 {path}：按每个标题下的注释写好五个章节，写完把 draft 改为 false");
        env.Out.WriteLine($"  2. 检查格式：playbooks lint{knowledgeBaseArgument}");
        env.Out.WriteLine($"  3. 确认能检索到：playbooks search{knowledgeBaseArgument} {Commands.AuthoringSession.Quote(title)}");
    }
}
