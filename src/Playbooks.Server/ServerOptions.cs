using Playbooks.Search.Storage;

namespace Playbooks.Server;

/// <summary>What <see cref="PlaybooksServer.Build"/> needs: a plain record, so the CLI's parser types stay in the CLI.</summary>
public sealed record ServerOptions
{
    /// <summary>The knowledge base folder as the user gave it; paths in responses start with it, as in the CLI.</summary>
    public required string KnowledgeBase { get; init; }

    /// <summary>What a relative <see cref="KnowledgeBase"/> is relative to; the process's working directory when null.</summary>
    public string? CurrentDirectory { get; init; }

    /// <summary>Index file; <c>&lt;knowledge base&gt;/.cache/index.sqlite</c> (or the fallback) when null.</summary>
    public string? IndexPath { get; init; }

    /// <summary>Addresses to listen on. Loopback by default: the server has no authentication.</summary>
    public string Urls { get; init; } = DefaultUrls;

    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>
    /// Host names requests may be addressed to besides localhost, 127.0.0.1, [::1] and the hosts in <see cref="Urls"/>
    /// (<c>--allowed-hosts</c>); <c>*</c> accepts any. Every other Host header gets a 400.
    /// </summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>Quiet period after the last file change before reloading; bursts of saves cause one reload.</summary>
    public TimeSpan ReloadDebounce { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Watch the folder and reload on change. Off only in tests that want a frozen knowledge base.</summary>
    public bool LiveReload { get; init; } = true;

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// How the index file is used; <see cref="IndexStoreOptions.Serving"/> when null. Tests put failure
    /// seams or other check intervals here.
    /// </summary>
    public IndexStoreOptions? Storage { get; init; }
}
