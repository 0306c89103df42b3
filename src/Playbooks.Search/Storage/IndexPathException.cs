namespace Playbooks.Search.Storage;

/// <summary>
/// The file system refused what the index needs around its file: creating its folder or its lock file, or moving a new file into place. Kept apart
/// from other I/O errors (a playbook that cannot be read is the refresh's business) so <see cref="IndexFailure"/> can
/// tell it is about the index location.
/// </summary>
public sealed class IndexPathException(string path, Exception inner) : IOException(inner.Message, inner)
{
    public string Path { get; } = path;
}
