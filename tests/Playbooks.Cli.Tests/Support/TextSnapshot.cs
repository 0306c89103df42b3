namespace Playbooks.Cli.Tests.Support;

/// <summary>
/// Compares command output with a committed <c>Commands/Snapshots/&lt;name&gt;.verified.txt</c>. On a mismatch the new
/// text is written beside it as <c>.received.txt</c>; set PLAYBOOKS_ACCEPT_SNAPSHOTS=1 to accept it (as the site tests do).
/// </summary>
internal static class TextSnapshot
{
    public static void Match(string name, string actual)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "Playbooks.Cli.Tests", "Commands", "Snapshots");
        var verified = Path.Combine(folder, $"{name}.verified.txt");
        var received = Path.Combine(folder, $"{name}.received.txt");
        if (Environment.GetEnvironmentVariable("PLAYBOOKS_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Fail($"{name} differs from {verified}: compare it with {received}; if the change is intended, run the tests with PLAYBOOKS_ACCEPT_SNAPSHOTS=1.");
    }
}
