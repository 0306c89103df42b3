using Playbooks.Server.Library;

namespace Playbooks.Server.Api;

/// <summary>
/// <c>GET /healthz</c>: whether the index answers, how many playbooks it holds, when it last reloaded and which files
/// were skipped as broken. <see cref="Status"/> is <c>ok</c>, or <c>degraded</c> while a file is broken or the last
/// reload failed; searches keep working either way.
/// </summary>
internal sealed record Health(
    string Status,
    int Playbooks,
    int Guides,
    int Indexed,
    DateTimeOffset LastReloadAt,
    double LastReloadMs,
    long Reloads,
    string? LastError,
    IReadOnlyList<HealthSkippedFile> Skipped)
{
    public static Health Of(LiveKnowledgeBase kb)
    {
        var catalog = kb.Catalog;
        var skipped = catalog.Broken.Select(b => new HealthSkippedFile(b.Path, b.KeptLastGood, b.Error)).ToList();
        var degraded = skipped.Count > 0 || kb.LastError is not null;
        return new Health(degraded ? "degraded" : "ok", catalog.Playbooks.Count(), catalog.Guides.Count(), kb.Engine.Count(),
            kb.LastReloadAt, Math.Round(kb.LastReloadTook.TotalMilliseconds, 1), kb.Reloads, kb.LastError, skipped);
    }
}

internal sealed record HealthSkippedFile(string Path, bool KeptLastGood, string Error);
