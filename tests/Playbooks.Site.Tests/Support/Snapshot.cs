using System.Text.RegularExpressions;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using Playbooks.Tests.Shared;

namespace Playbooks.Site.Tests.Support;

/// <summary>
/// Compares generated text with a committed <c>Snapshots/&lt;name&gt;.verified.html</c>. HTML is re-indented (one element
/// per line) so a change reads as a small diff, then scrubbed of what may legitimately vary (dates, hashes). On a
/// mismatch the new text is written beside it as <c>.received.html</c>; set PLAYBOOKS_ACCEPT_SNAPSHOTS=1 to accept it.
/// </summary>
internal static partial class Snapshot
{
    public static void MatchHtml(string name, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        using var writer = new StringWriter { NewLine = "\n" };
        document.ToHtml(writer, new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" });
        Match(name, Scrub(writer.ToString()).TrimEnd() + "\n");
    }

    public static string Scrub(string text) => Hash().Replace(IsoDate().Replace(text, "{date}"), "{hash}");

    private static void Match(string name, string actual) =>
        SnapshotFiles.Match(Path.Combine(RepositoryPaths.TestProject, "Snapshots"), name, "html", actual);

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b[0-9a-f]{16,}\b")]
    private static partial Regex Hash();
}
