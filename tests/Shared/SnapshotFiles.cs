namespace Playbooks.Tests.Shared;

/// <summary>
/// Compares generated text with a committed <c>&lt;name&gt;.verified.&lt;extension&gt;</c> (site pages, CLI layout), linked
/// into each test project that snapshots. On a mismatch the new text is written beside it as
/// <c>.received.&lt;extension&gt;</c> and the first differing line is reported; run the tests with
/// <see cref="AcceptVariable"/>=1 to accept every new text as verified, then review the diff before committing.
/// </summary>
internal static class SnapshotFiles
{
    public const string AcceptVariable = "PLAYBOOKS_ACCEPT_SNAPSHOTS";

    public static void Match(string folder, string name, string extension, string actual)
    {
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
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
        Assert.Fail(expected is null
            ? $"No snapshot {verified} yet. Review {received}, then rename it, or run the tests with {AcceptVariable}=1."
            : $"{name} differs from its snapshot: compare {received} with {verified}; if the change is intended, run the tests with {AcceptVariable}=1.\n{FirstDifference(expected, actual)}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end)";
            var right = i < b.Length ? b[i] : "(end)";
            if (left != right)
                return $"line {i + 1}:\n  expected: {left.Trim()}\n  actual:   {right.Trim()}";
        }
        return "";
    }
}
