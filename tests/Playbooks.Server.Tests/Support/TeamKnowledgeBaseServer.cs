namespace Playbooks.Server.Tests.Support;

/// <summary>
/// <see cref="InMemoryServer"/> over a knowledge base written the way another team writes it: severities 紧急, P0 and
/// one no scale knows, a playbook whose 处理方法 has no steps yet, and a fresh draft. Deleted on dispose.
/// </summary>
public sealed class TeamKnowledgeBaseServer() : InMemoryServer(Create())
{
    private static string Create()
    {
        var root = Path.Combine(Path.GetTempPath(), "playbooks-server-tests", Guid.NewGuid().ToString("N"), "kb");
        void Write(string relative, string text)
        {
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        Write("live/urgent.md", TestPlaybooks.Markdown("urgent", "直播间突然断流黑屏", "紧急"));
        Write("live/p-zero.md", TestPlaybooks.Markdown("p-zero", "直播间被平台封禁", "P0"));
        Write("live/odd.md", TestPlaybooks.Markdown("odd", "直播间弹幕失控刷屏", "超高"));
        Write("live/no-steps.md", TestPlaybooks.Markdown("no-steps", "直播间断流黑屏没声音", "高")
            .Replace("1. **社群助教（5 分钟内）** 按测试步骤处理。", "待补充。"));
        return root;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(Path.GetDirectoryName(KnowledgeBase)!, recursive: true);
            }
            catch (IOException)
            {
                // Left behind in the temp folder: harmless.
            }
        }
    }
}
