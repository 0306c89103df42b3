using Microsoft.Data.Sqlite;
using Playbooks.Search.Lexicons;

namespace Playbooks.Search.Tests.Support;

/// <summary>
/// A knowledge-base folder of its own under the system temp folder, with the index file beside it (not inside,
/// so the index never shows up as a knowledge-base file). Deleted on dispose.
/// </summary>
internal sealed class TempKnowledgeBase : IDisposable
{
    private readonly string _folder;

    public TempKnowledgeBase()
    {
        _folder = Path.Combine(Path.GetTempPath(), "playbooks-search-tests", Guid.NewGuid().ToString("N"));
        Root = Path.Combine(_folder, "kb");
        IndexPath = Path.Combine(_folder, "index", "index.sqlite");
        Directory.CreateDirectory(Root);
    }

    /// <summary>The knowledge base folder (full path).</summary>
    public string Root { get; }

    public string IndexPath { get; }

    /// <summary>Writes (or overwrites) a file; returns its full path.</summary>
    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string Write(PlaybookText playbook) => Write(playbook.FileName, playbook.ToString());

    public void WriteAll(IEnumerable<PlaybookText> playbooks)
    {
        foreach (var playbook in playbooks)
            Write(playbook);
    }

    public void WriteLexicon(string fileName, string content) => Write(Path.Combine(LexiconLoader.FolderName, fileName), content);

    public void Delete(string relativePath) => File.Delete(Path.Combine(Root, relativePath));

    /// <summary>Opens the engine as a front end would: indexing whatever changed since the last open.</summary>
    public SearchEngine Open() => SearchEngine.Open(Root, IndexPath, clock: FixedClock.Today);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A child process killed by a test may still be releasing the index; the temp folder is cleaned by the OS.
        }
    }
}
