using System.Globalization;

namespace Playbooks.Site.Content;

/// <summary>Date formats of the site: ISO for machines and tables, Chinese for prose.</summary>
public static class Dates
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Chinese(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
