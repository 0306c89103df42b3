using Playbooks.Core.KnowledgeBase;
using Playbooks.Search;
using Playbooks.Search.Indexing;
using Playbooks.Search.Storage;

namespace Playbooks.Application;

/// <summary>Which knowledge base <see cref="KnowledgeBase"/> opens, and how; a plain record, so front ends keep their own parser types.</summary>
public sealed record KnowledgeBaseOptions
{
    /// <summary>The folder as the user gave it (resolved by <see cref="KnowledgeBaseLocator"/>); every path shown starts with it.</summary>
    public required string Folder { get; init; }

    /// <summary>What a relative <see cref="Folder"/> is relative to; the process's working directory when null.</summary>
    public string? CurrentDirectory { get; init; }

    /// <summary>The index file; <see cref="IndexLocation.For"/> (inside the folder, or the user cache) when null.</summary>
    public string? IndexPath { get; init; }

    /// <summary>"Today" for lint's date checks and the reload time.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>How the index file is used; tests put failure seams here (full disk, read-only file).</summary>
    public IndexStoreOptions? Storage { get; init; }

    /// <summary>
    /// Told of every load for reading (<see cref="KnowledgeBase.Load"/>, show, list), before it is used: the front end
    /// shows what was skipped and why. Not called by <see cref="KnowledgeBase.Lint"/>, which reports every finding.
    /// </summary>
    public Action<LoadedKnowledgeBase>? Loaded { get; init; }

    /// <summary>
    /// Runs the index's first open, given the way to open it with a progress sink: a front end that shows progress
    /// passes its sink (a first build of thousands of playbooks takes many seconds). Opened without progress when null.
    /// </summary>
    public Func<Func<IProgress<IndexProgress>?, SearchEngine>, SearchEngine>? OpenIndex { get; init; }

    /// <summary>Told of the index's first refresh (rebuilds, an in-memory fallback, skipped files), before the first search.</summary>
    public Action<RefreshReport>? Opened { get; init; }
}
