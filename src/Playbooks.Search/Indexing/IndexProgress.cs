namespace Playbooks.Search.Indexing;

/// <summary>The steps of a refresh that can take long on a big knowledge base, in the order they run.</summary>
public enum IndexStage
{
    /// <summary>Listing the files and hashing those whose size or time changed.</summary>
    Reading,
    /// <summary>Parsing and analysing changed files (the bulk of a full build: ICU segmentation).</summary>
    Analysing,
    /// <summary>Learning the vocabulary of the whole knowledge base; no count.</summary>
    Learning,
    /// <summary>Writing the index in one transaction.</summary>
    Writing,
}

/// <summary>
/// Where a refresh is: <paramref name="Done"/> of <paramref name="Total"/> items of <paramref name="Stage"/> (both 0
/// for a stage without a count). Reported through <see cref="IProgress{T}"/>, possibly from several threads at once
/// and never with a lock held that the receiver could need: receivers store it and render it elsewhere.
/// </summary>
public readonly record struct IndexProgress(IndexStage Stage, int Done, int Total);
