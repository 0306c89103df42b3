namespace Playbooks.Core.Diagnostics;

/// <summary>
/// The one line search, the server and the site show when some playbooks have metadata problems: they are listed and
/// found all the same, and lint says what to fix.
/// </summary>
public static class MetadataNotes
{
    public static string? For(int playbooks) =>
        playbooks > 0 ? $"{playbooks} 个预案的元数据有问题，运行 playbooks lint 查看" : null;
}
