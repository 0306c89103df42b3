using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.GenericAttributes;
using Markdig.Extensions.MediaLinks;

namespace Playbooks.Core.Parsing;

/// <summary>The Markdig pipelines, built once and shared (they are immutable and thread-safe).</summary>
public static class MarkdownPipelines
{
    /// <summary>
    /// Structure only: front matter recognised, source positions kept. Used by the parser, which reads blocks
    /// (headings, lists, paragraphs) and never inlines, so inline parsing is switched off: it is the costly part
    /// of Markdig and the part whose nesting limit odd text can reach.
    /// </summary>
    public static MarkdownPipeline Structure { get; } = StructureBuilder().Build();

    /// <summary>
    /// For rendering playbook Markdown to HTML (site, server, terminal plain text). Raw HTML in a playbook
    /// is escaped, never passed through: playbooks are written by many people and shown to everyone. Guidance
    /// comments (a paragraph that is only <c>&lt;!-- … --&gt;</c>) are dropped, so they never show or get indexed.
    /// Parse with <see cref="ParseForRendering"/>, not <c>Markdown.Parse</c>, so odd text cannot throw.
    /// </summary>
    public static MarkdownPipeline Rendering { get; } = RenderingBuilder().Build();

    /// <param name="linearHeadingIds">False only for tests that compare the ids with Markdig's own.</param>
    internal static MarkdownPipelineBuilder RenderingBuilder(bool linearHeadingIds = true)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UseAdvancedExtensions()
            .WithoutEmbedding()
            // CommonMark leaves "**给群加备注。**群名" unclosed (punctuation inside the asterisks, a letter outside),
            // which Chinese writes all the time: the asterisks would show literally.
            .UseCjkFriendlyEmphasis()
            .DisableHtml()
            .HideGuidanceComments()
            .UseBoundedLinks()
            .UseObsidianSyntax();
        return linearHeadingIds ? builder.WithLinearHeadingIds() : builder;
    }

    /// <summary>The rendering pipeline without any inline syntax: the fallback for text Markdig cannot nest.</summary>
    private static MarkdownPipeline PlainInlines { get; } = PlainInlinesBuilder().Build();

    /// <summary>Deeper inline nesting than this is rendered as written (Markdig's renderer gives up at 128 levels).</summary>
    public const int MaxInlineDepth = 64;

    /// <summary>
    /// Parses with <see cref="Rendering"/>. Inline markup nested beyond Markdig's limits (hundreds of unclosed
    /// <c>[</c> in one paragraph) makes Markdig's parser or renderer throw; such a text is parsed again with its inline
    /// markup shown as written, so a section that passed lint always renders.
    /// </summary>
    public static MarkdownDocument ParseForRendering(string markdown) => ParseForRendering(markdown, out _);

    /// <param name="asWritten">Whether the inline markup was shown as written (the fallback) rather than parsed.</param>
    internal static MarkdownDocument ParseForRendering(string markdown, out bool asWritten)
    {
        asWritten = false;
        try
        {
            var document = Markdown.Parse(markdown, Rendering);
            if (InlineDepth(document) <= MaxInlineDepth)
                return document;
        }
        catch (Exception ex) when (ex is InsufficientExecutionStackException
            || ex is ArgumentException && ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
        }
        asWritten = true;
        return Markdown.Parse(markdown, PlainInlines);
    }

    /// <summary><c>Markdown.ToPlainText</c> over <see cref="ParseForRendering"/>. Thread-safe.</summary>
    public static string ToPlainText(string markdown) => ToPlainText(ParseForRendering(markdown));

    /// <summary>The plain text of a parsed document or of one of its blocks, as <see cref="ToPlainText(string)"/> renders it.</summary>
    internal static string ToPlainText(MarkdownObject node)
    {
        // Taken while in use: a render that throws leaves its renderer half-way through a document, so it is not put back.
        var renderer = _plainTextRenderer ?? new PlainTextRenderer();
        _plainTextRenderer = null;
        var text = renderer.Render(node);
        // Its buffer keeps the size of the largest text it rendered: after one huge section, let it go.
        _plainTextRenderer = renderer.BufferChars <= MaxKeptBufferChars ? renderer : null;
        return text;
    }

    /// <summary>256 KB of text, far above a playbook section (a few KB), well below what a pasted log can be.</summary>
    internal const int MaxKeptBufferChars = 128 * 1024;

    /// <summary>The buffer of the renderer this thread keeps for the next call, in chars; null when it keeps none.</summary>
    internal static int? KeptBufferChars => _plainTextRenderer?.BufferChars;

    // One per thread, used again call after call: an index build makes plain text of every section and handling step
    // of every playbook, and a renderer made and set up for each (what Markdig's own ToPlainText does) was a few dozen
    // objects each time, besides finding again which of its ~40 object renderers draws each kind of node.
    [ThreadStatic] private static PlainTextRenderer? _plainTextRenderer;

    private sealed class PlainTextRenderer
    {
        private readonly StringWriter _writer = new();
        private readonly HtmlRenderer _renderer;

        public PlainTextRenderer()
        {
            // What Markdig's own ToPlainText sets up: no tags, no escaping.
            _renderer = new HtmlRenderer(_writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
            Rendering.Setup(_renderer);
        }

        public int BufferChars => _writer.GetStringBuilder().Capacity;

        public string Render(MarkdownObject document)
        {
            var written = _writer.GetStringBuilder();
            // A renderer remembers whether the last thing it wrote ended a line (the next block starts a new line only if
            // not); after a line it is where a new renderer starts, so the next document renders as from a new one.
            _renderer.WriteLine();
            written.Clear();
            _renderer.Render(document);
            _writer.Flush();
            var text = _writer.ToString();
            written.Clear();
            return text;
        }
    }

    /// <summary>The deepest nesting of inlines (emphasis in a link in…) in any paragraph or heading, without recursion.</summary>
    private static int InlineDepth(MarkdownDocument document)
    {
        var deepest = 0;
        var pending = new Stack<(Markdig.Syntax.Inlines.Inline Inline, int Depth)>();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null)
                continue;
            pending.Push((leaf.Inline, 1));
            while (pending.TryPop(out var item))
            {
                deepest = Math.Max(deepest, item.Depth);
                if (item.Inline is Markdig.Syntax.Inlines.ContainerInline container)
                    foreach (var child in container)
                        pending.Push((child, item.Depth + 1));
            }
        }
        return deepest;
    }

    private static MarkdownPipelineBuilder StructureBuilder()
    {
        var builder = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePreciseSourceLocation();
        builder.InlineParsers.Clear();
        return builder;
    }

    private static MarkdownPipelineBuilder PlainInlinesBuilder()
    {
        var builder = new MarkdownPipelineBuilder().UseYamlFrontMatter().DisableHtml().HideGuidanceComments();
        builder.InlineParsers.Clear();
        return builder;
    }

    /// <summary>
    /// Drops two of the advanced extensions: media links turn a video address into an <c>&lt;iframe&gt;</c> of a third
    /// party (YouTube, Vimeo…) inside our pages, and generic attributes let <c>{srcset=… data-x=…}</c> put any attribute
    /// on an element. A playbook shows a link as a link and its text as text.
    /// </summary>
    private static MarkdownPipelineBuilder WithoutEmbedding(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.TryRemove<MediaLinkExtension>();
        builder.Extensions.TryRemove<GenericAttributesExtension>();
        return builder;
    }

    /// <summary>The advanced extensions' heading ids, given in linear time (see <see cref="UniqueHeadingIds"/>).</summary>
    private static MarkdownPipelineBuilder WithLinearHeadingIds(this MarkdownPipelineBuilder builder)
    {
        // UseAdvancedExtensions() calls UseAutoIdentifiers() with its default options.
        UniqueHeadingIds.InsertBefore(builder, AutoIdentifierOptions.Default);
        return builder;
    }
}
