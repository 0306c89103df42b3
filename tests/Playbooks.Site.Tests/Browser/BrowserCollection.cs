namespace Playbooks.Site.Tests.Browser;

/// <summary>Browser tests run one at a time: the machine has two cores, and Chromium is shared.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
