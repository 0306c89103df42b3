namespace Playbooks.Search.Storage;

/// <summary>The index file cannot be trusted (corrupt, foreign, or another schema version); it will be rebuilt.</summary>
public sealed class IndexUnusableException(string reason, Exception? inner = null) : Exception(reason, inner);
