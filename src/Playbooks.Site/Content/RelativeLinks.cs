namespace Playbooks.Site.Content;

/// <summary>
/// The static site's links: relative to the linking page (<see cref="SitePaths.Relative"/>), so the generated folder
/// works from <c>file://</c>, from any sub-path of a static host, and offline.
/// </summary>
public sealed class RelativeLinks : ISiteLinks
{
    public static RelativeLinks Instance { get; } = new();

    private RelativeLinks() { }

    public string Href(string fromPage, string target) => SitePaths.Relative(fromPage, target);
}
