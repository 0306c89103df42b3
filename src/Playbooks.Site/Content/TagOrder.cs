using System.Globalization;

namespace Playbooks.Site.Content;

/// <summary>
/// The order a Chinese reader looks for a tag in: by pinyin (安全, 退款, 刷屏 → ānquán, shuāpíng, tuìkuǎn), as a
/// dictionary or a phone's contact list sorts. ICU's Chinese collation (through .NET's culture comparer) is pinyin
/// order, so no table is kept here; equal keys fall back to ordinal order so the result never depends on the input's.
/// </summary>
public static class TagOrder
{
    private static readonly CompareInfo Chinese = CultureInfo.GetCultureInfo("zh-CN").CompareInfo;

    public static IComparer<string> Pinyin { get; } = Comparer<string>.Create((a, b) =>
    {
        var byPinyin = Chinese.Compare(a, b, CompareOptions.IgnoreCase);
        return byPinyin != 0 ? byPinyin : string.CompareOrdinal(a, b);
    });
}
