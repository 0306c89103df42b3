using System.Text;

namespace Playbooks.Cli.Input;

/// <summary>Reads standard input up to a size limit, so a pipe of unexpected size cannot fill memory first.</summary>
internal static class BoundedInput
{
    /// <summary>All of <paramref name="reader"/>, or null as soon as it exceeds <paramref name="maxBytes"/> (counted as UTF-8).</summary>
    public static string? ReadToEnd(TextReader reader, int maxBytes)
    {
        var text = new StringBuilder();
        var buffer = new char[8192];
        long bytes = 0;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            bytes += Encoding.UTF8.GetByteCount(buffer.AsSpan(0, read));
            if (bytes > maxBytes)
                return null;
            text.Append(buffer, 0, read);
        }
        return text.ToString();
    }
}
