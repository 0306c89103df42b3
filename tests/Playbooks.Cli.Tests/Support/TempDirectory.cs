namespace Playbooks.Cli.Tests.Support;

/// <summary>A fresh folder under the system temp directory, deleted when the test ends.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "playbooks-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>Absolute path of the folder.</summary>
    public string Path { get; }

    /// <summary>Absolute path of <paramref name="relative"/> inside this folder (forward slashes, as the CLI prints them).</summary>
    public string Combine(string relative) => System.IO.Path.Combine(Path, relative).Replace('\\', '/');

    /// <summary>Writes UTF-8 (no BOM) text, creating folders as needed; returns the file's absolute path.</summary>
    public string Write(string relative, string text)
    {
        var file = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    public string CreateDirectory(string relative)
    {
        var folder = Combine(relative);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it is not.
        }
    }
}
