using System.Globalization;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Playbooks.Core.Parsing;

/// <summary>
/// Gives each heading the same id Markdig's <see cref="AutoIdentifierExtension"/> would, in linear time. Markdig
/// finds a repeated heading's suffix by trying <c>-1</c>, <c>-2</c>, … from one every time, so n headings with one
/// text cost n²/2 set look-ups. Chinese headings all share one id under its ASCII-only option (<c>section</c>,
/// <c>section-1</c>, …), so a long file with thousands of headings took minutes to index (80 000 headings: ~150 s).
/// This runs just before Markdig's own step and remembers, per base id, the last suffix it took; Markdig then sees
/// the id set and leaves it. The suffix search still checks the set, because a heading written as <c>section-5</c>
/// can take a number first. (The same fix goldmark made for the same problem, its issue #594.)
/// </summary>
internal sealed class UniqueHeadingIds(AutoIdentifierOptions options) : IMarkdownExtension
{
    private const string DocumentKey = nameof(UniqueHeadingIds);

    /// <summary>Puts the step before the pipeline's <see cref="AutoIdentifierExtension"/>, which must be there.</summary>
    public static void InsertBefore(MarkdownPipelineBuilder builder, AutoIdentifierOptions options)
    {
        var markdigIndex = builder.Extensions.FindIndex(extension => extension is AutoIdentifierExtension);
        if (markdigIndex < 0)
            throw new InvalidOperationException("UniqueHeadingIds goes before Markdig's AutoIdentifierExtension, which the pipeline lacks.");
        builder.Extensions.Insert(markdigIndex, new UniqueHeadingIds(options));
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // The same two hooks as Markdig's, set up earlier, so this heading's handler runs before Markdig's.
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } headings)
        {
            headings.Closed -= OnClosed;
            headings.Closed += OnClosed;
        }
        if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } paragraphs)
        {
            paragraphs.Closed -= OnClosed;
            paragraphs.Closed += OnClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
            heading.ProcessInlinesEnd += AssignId;
    }

    private void AssignId(InlineProcessor processor, Inline? inline)
    {
        var heading = (HeadingBlock)processor.Block!;
        var attributes = heading.GetAttributes();
        // Markdig leaves a heading without inlines or with an id already set alone, and does not reserve that id.
        if (heading.Inline is null || attributes.Id is not null)
            return;

        var taken = processor.Document.GetData(DocumentKey) as Taken;
        if (taken is null)
            processor.Document.SetData(DocumentKey, taken = new Taken());

        var baseId = taken.BaseId(heading.Inline, options);
        if (taken.Ids.Add(baseId))
        {
            attributes.Id = baseId;
            return;
        }
        // Ids are only ever added, so the first free suffix is past the one this base took last time.
        taken.LastSuffix.TryGetValue(baseId, out var suffix);
        string id;
        do
            id = baseId + "-" + (++suffix).ToString(CultureInfo.InvariantCulture);
        while (!taken.Ids.Add(id));
        taken.LastSuffix[baseId] = suffix;
        attributes.Id = id;
    }

    /// <summary>One document's ids, and the renderer that reads its headings' text (one per document, not per heading).</summary>
    private sealed class Taken
    {
        private readonly StringWriter _text = new();
        private HtmlRenderer? _stripper;

        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, uint> LastSuffix { get; } = new(StringComparer.Ordinal);

        /// <summary>The heading's text without markup, made into an id exactly as Markdig does it.</summary>
        public string BaseId(ContainerInline inlines, AutoIdentifierOptions options)
        {
            _text.GetStringBuilder().Clear();
            (_stripper ??= new HtmlRenderer(_text) { EnableHtmlForInline = false, EnableHtmlEscape = false }).Render(inlines);
            var text = _text.ToString();
            var id = (options & AutoIdentifierOptions.GitHub) != 0
                ? LinkHelper.UrilizeAsGfm(text)
                : LinkHelper.Urilize(text, (options & AutoIdentifierOptions.AllowOnlyAscii) != 0);
            return string.IsNullOrEmpty(id) ? "section" : id;
        }
    }
}
