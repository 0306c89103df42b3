using System.Text;

namespace Playbooks.Core.Checklists;

/// <summary>
/// Announcement scripts (话术) in a step are quoted; playbooks type them with straight quotes ("不要点链接"), which
/// WeChat shows as typewriter marks and some input methods turn into stray half-pairs. Pairs become “…”.
/// </summary>
public static class Quotes
{
    public static string Normalize(string text)
    {
        if (!text.Contains('"'))
            return text;
        var result = new StringBuilder(text.Length);
        foreach (var line in text.Split('\n'))
        {
            if (result.Length > 0)
                result.Append('\n');
            // An unpaired quote on a line is left as written: guessing its partner would move text into the quote.
            if (line.Count(c => c == '"') % 2 != 0)
            {
                result.Append(line);
                continue;
            }
            var open = true;
            foreach (var c in line)
            {
                if (c == '"')
                {
                    result.Append(open ? '“' : '”');
                    open = !open;
                }
                else
                    result.Append(c);
            }
        }
        return result.ToString();
    }
}
