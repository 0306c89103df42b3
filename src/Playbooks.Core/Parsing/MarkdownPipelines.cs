using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Extensions.MediaLinks;

namespace Playbooks.Core.Parsing;

/// <summary>The Markdig pipelines, built once and shared (they are immutable and thread-safe).</summary>
public static class MarkdownPipelines
{
    /// <summary>Structure only: front matter recognised, source positions kept. Used by the parser.</summary>
    public static MarkdownPipeline Structure { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>
    /// For rendering playbook Markdown to HTML (site, server, terminal plain text). Raw HTML in a playbook
    /// is escaped, never passed through: playbooks are written by many people and shown to everyone. Guidance
    /// comments (a paragraph that is only <c>&lt;!-- … --&gt;</c>) are dropped, so they never show or get indexed.
    /// </summary>
    public static MarkdownPipeline Rendering { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAdvancedExtensions()
        .WithoutEmbedding()
        // CommonMark leaves "**给群加备注。**群名" unclosed (punctuation inside the asterisks, a letter outside),
        // which Chinese writes all the time: the asterisks would show literally.
        .UseCjkFriendlyEmphasis()
        .DisableHtml()
        .HideGuidanceComments()
        .Build();

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
}
