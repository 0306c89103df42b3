namespace Playbooks.Core.References;

/// <summary>How a playbook names another one.</summary>
public enum ReferenceForm
{
    /// <summary>An id in brackets: 看竞品冒充预案（competitor-impersonation）.</summary>
    Id,

    /// <summary>A relative Markdown link to a .md file: [退款预案](../ecommerce/refund.md).</summary>
    Link,

    /// <summary>A title in 《》: 《大促支付异常》.</summary>
    Title,
}

/// <summary>One reference to another playbook, where it is written.</summary>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Column">1-based column (UTF-16 units) of the reference's first character.</param>
/// <param name="Written">The reference as written: <c>（competitor-impersonation）</c>, <c>[退款预案](../ecommerce/refund.md)</c>, <c>《标题》</c>.</param>
/// <param name="Target">What it names: the id, the link's path (without its #fragment), or the title.</param>
/// <param name="Cued">Written right after 预案 or SOP (看退款预案（refund-wave）、《退款》预案): certainly meant as a playbook.</param>
public sealed record CrossReference(ReferenceForm Form, int Line, int Column, string Written, string Target, bool Cued);
