namespace Playbooks.Corpus;

/// <summary>One generated playbook file: its id, where it goes in the knowledge base, and its full text.</summary>
/// <param name="Id">Kebab-case id, <c>synthetic-00001</c> for number 1; equals the file name without extension.</param>
/// <param name="RelativePath">Path inside the knowledge base with forward slashes, in the category's folder (<c>community/synthetic-00001.md</c>).</param>
/// <param name="Text">The Markdown file: front matter, H1 title and the five sections, with <c>\n</c> line endings.</param>
public sealed record SyntheticPlaybook(string Id, string RelativePath, string Text);
