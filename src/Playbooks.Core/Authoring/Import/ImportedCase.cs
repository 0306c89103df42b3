using Playbooks.Core.Model;

namespace Playbooks.Core.Authoring.Import;

/// <summary>One part of a case, as Markdown ready to go under its section heading.</summary>
/// <param name="Kind">The section it becomes.</param>
/// <param name="Heading">The part's name(s) as written (社群背景; 改进方法、迁徙反思 when two were merged).</param>
/// <param name="Line">1-based line of the part's (first) heading in the article.</param>
/// <param name="Markdown">The part's text; numbered steps as a Markdown ordered list.</param>
public sealed record ImportedPart(SectionKind Kind, string Heading, int Line, string Markdown)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Markdown);
}

/// <summary>One case of an article: a title and up to five parts.</summary>
/// <param name="Number">1-based position among the article's cases.</param>
/// <param name="Title">The case title, numbering removed; a placeholder when the article gives none (see <see cref="Notes"/>).</param>
/// <param name="Line">1-based line where the case starts (its title, or its first part).</param>
/// <param name="Parts">The parts found, in section order.</param>
/// <param name="Notes">What the reader should check: an invented title, merged parts, text ignored after the case.</param>
public sealed record ImportedCase(int Number, string Title, int Line, IReadOnlyList<ImportedPart> Parts, IReadOnlyList<string> Notes)
{
    public ImportedPart? Part(SectionKind kind) => Parts.FirstOrDefault(p => p.Kind == kind);

    /// <summary>Sections with no text: absent from the article, or present with nothing under them.</summary>
    public IReadOnlyList<SectionKind> Missing =>
        SectionKinds.All.Where(k => Part(k) is not { IsEmpty: false }).ToList();

    /// <summary>Share of the five sections that have text (0–1).</summary>
    public double Coverage => (SectionKinds.All.Count - Missing.Count) / (double)SectionKinds.All.Count;
}

/// <summary>Lines of the article that belong to no case (a preamble, page furniture after the last case).</summary>
public sealed record IgnoredSpan(int FromLine, int ToLine, string Reason);

/// <summary>What <see cref="CaseImporter"/> found in one article.</summary>
public sealed record ImportResult(IReadOnlyList<ImportedCase> Cases, IReadOnlyList<IgnoredSpan> Ignored);
