using System.Text;

namespace Playbooks.Core.Tests.Specs;

/// <summary>
/// One example from a spec file: the playbook text to parse and the lines saying what parsing must give
/// (grammar in Specs/README.md).
/// </summary>
/// <param name="SpecFile">File name of the spec, e.g. <c>headings.md</c>.</param>
/// <param name="Line">1-based line of the example's opening fence in the spec file.</param>
/// <param name="Title">The nearest heading above the example, shown as the test's name.</param>
/// <param name="Input">The playbook as written in the spec, LF line endings, → standing for a tab.</param>
/// <param name="Expected">The lines after the <c>.</c> separator.</param>
/// <param name="FileName">Path handed to the parser (<c>file=</c> option; the id is checked against it).</param>
/// <param name="Crlf">Feed the input with CRLF line endings (<c>crlf</c> option).</param>
/// <param name="Bom">Prefix the input with a UTF-8 byte order mark (<c>bom</c> option).</param>
public sealed record SpecExample(
    string SpecFile, int Line, string Title, string Input, IReadOnlyList<string> Expected, string FileName, bool Crlf, bool Bom)
{
    public const string DefaultFileName = "example.md";

    /// <summary>The bytes a user's editor would have saved.</summary>
    public byte[] InputBytes()
    {
        var text = Input.Replace('→', '\t');
        if (Crlf)
            text = text.Replace("\n", "\r\n");
        var bytes = Encoding.UTF8.GetBytes(text);
        return Bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }

    public override string ToString() => $"{SpecFile}:{Line} {Title}";
}
