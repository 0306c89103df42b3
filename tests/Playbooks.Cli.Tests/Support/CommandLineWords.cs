namespace Playbooks.Cli.Tests.Support;

/// <summary>Splits a help example the way a POSIX shell would for the simple lines we show: spaces and double quotes.</summary>
internal static class CommandLineWords
{
    /// <summary>The arguments after "playbooks" in <paramref name="line"/>.</summary>
    public static string[] Arguments(string line)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (any)
                    words.Add(current.ToString());
                current.Clear();
                any = false;
            }
            else
            {
                current.Append(c);
                any = true;
            }
        }
        if (any)
            words.Add(current.ToString());
        Assert.Equal("playbooks", words[0]);
        return [.. words.Skip(1)];
    }
}
