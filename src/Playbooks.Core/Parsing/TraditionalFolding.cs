namespace Playbooks.Core.Parsing;

/// <summary>
/// Folds the Traditional characters that occur in section headings and front-matter values
/// (風險源頭, 處理方法, 復盤反思, 嚴重, 緊急, 輕微 …) to Simplified.
/// </summary>
/// <remarks>
/// Hand-written on purpose: headings are a closed vocabulary of a few dozen characters, and keeping
/// the parser free of the native ICU dependency means <c>lint</c> works on any machine. Full-text
/// conversion for search uses ICU's Traditional-Simplified transliterator in Playbooks.Search.
/// </remarks>
public static class TraditionalFolding
{
    private static readonly Dictionary<char, char> Map = BuildMap(
        "風风 險险 頭头 處处 復复 盤盘 況况 級级 來来 應应 對对 進进 遷迁 啟启 場场 計计 劃划 結结 總总 決决 嚴严 " +
        "錯错 誤误 題题 問问 棄弃 團团 運运 營营 群群 體体 驗验 課课 規规 則则 發发 現现 們们 這这 個个 為为 產产 與与 會会 實实 際际 標标 準准 " +
        "處处 置置 施施 措措 案案 例例 經经 過过 檢检 討讨 義义 務务 圖图 說说 時时 間间 點点 屬属 於于 後后 還还 學学 員员 詢询 價价 " +
        "緊紧 輕轻 較较 級级 別别 " +
        // the four-colour warning scale (紅色預警, 黃色, 藍色; SeverityScale)
        "紅红 黃黄 藍蓝 預预 報报 " +
        // the heading variants teams write (處理辦法, 步驟, 教訓 …; SectionHeadings)
        "辦办 紹绍 誘诱 號号 擴扩 驟骤 議议 續续 訓训");

    public static string ToSimplified(string text)
    {
        if (text.All(c => !Map.ContainsKey(c)))
            return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = Map.TryGetValue(source[i], out var simplified) ? simplified : source[i];
        });
    }

    private static Dictionary<char, char> BuildMap(string pairs)
    {
        var map = new Dictionary<char, char>();
        foreach (var pair in pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (pair[0] != pair[1])
                map[pair[0]] = pair[1];
        return map;
    }
}
