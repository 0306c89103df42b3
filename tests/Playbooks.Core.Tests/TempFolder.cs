namespace Playbooks.Core.Tests;

/// <summary>A fresh, empty folder under the system temp directory, deleted (with its contents) on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "playbooks-tests-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A scanner or indexer may still hold a file; leaving a temp folder behind is harmless.
        }
    }
}
