namespace Playbooks.Tests.Shared;

/// <summary>Copies a knowledge base for a test to change or index freely (linked into the test projects that need it).</summary>
internal static class FolderCopy
{
    /// <summary>Copies <paramref name="from"/> into <paramref name="to"/> recursively, leaving out dot folders (<c>.cache</c> with its index).</summary>
    public static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.EnumerateDirectories(from).Where(d => !Path.GetFileName(d).StartsWith('.')))
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
    }
}
