using System.Text.RegularExpressions;
using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace Playbooks.Site.Tests.Support;

/// <summary>
/// Compares generated text with a committed <c>Snapshots/&lt;name&gt;.verified.html</c>. HTML is re-indented (one element
/// per line) so a change reads as a small diff, then scrubbed of what may legitimately vary (dates, hashes). On a
/// mismatch the new text is written beside it as <c>.received.html</c>; set PLAYBOOKS_ACCEPT_SNAPSHOTS=1 to accept it.
/// </summary>
internal static partial class Snapshot
{
    public const string AcceptVariable = "PLAYBOOKS_ACCEPT_SNAPSHOTS";

    public static void MatchHtml(string name, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        using var writer = new StringWriter { NewLine = "\n" };
        document.ToHtml(writer, new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" });
        Match(name, Scrub(writer.ToString()).TrimEnd() + "\n");
    }

    public static string Scrub(string text) => Hash().Replace(IsoDate().Replace(text, "{date}"), "{hash}");

    private static void Match(string name, string actual)
    {
        var folder = Path.Combine(RepositoryPaths.TestProject, "Snapshots");
        var verified = Path.Combine(folder, $"{name}.verified.html");
        var received = Path.Combine(folder, $"{name}.received.html");
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

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b[0-9a-f]{16,}\b")]
    private static partial Regex Hash();
}
