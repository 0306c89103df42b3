using System.Globalization;
using Playbooks.Core.Parsing;
using Playbooks.Search.Indexing;

namespace Playbooks.Server.Hosting;

/// <summary>
/// The one Chinese line <c>playbooks serve</c> prints per request and per reload. Pure functions, so the wording is
/// tested without a console.
/// </summary>
internal static class LogLines
{
    /// <summary>"GET /?q=直播没声了 → 200 成功（3 毫秒）": the address decoded, so a Chinese query reads as typed.</summary>
    public static string Request(string method, string pathAndQuery, int status, TimeSpan elapsed)
    {
        var target = Decode(pathAndQuery);
        return $"{method} {target} → {status}{StatusName(status)}（{Milliseconds(elapsed)} 毫秒）";
    }

    /// <summary>"已重新加载：新增 1、修改 2、删除 0，共 58 份预案（35 毫秒）".</summary>
    public static string Reload(RefreshReport report, int playbooks, TimeSpan took) =>
        $"已重新加载：新增 {report.Added}、修改 {report.Updated}、删除 {report.Removed}，共 {playbooks} 份预案（{Milliseconds(took)} 毫秒）";

    private static string StatusName(int status) => status switch
    {
        200 => " 成功",
        204 => " 无内容",
        304 => " 未修改",
        400 => " 请求有误",
        404 => " 未找到",
        405 => " 不支持的方法",
        414 => " 地址太长",
        431 => " 请求头太大",
        >= 500 => " 服务内部错误",
        _ => "",
    };

    private static string Milliseconds(TimeSpan elapsed) =>
        elapsed.TotalMilliseconds.ToString(elapsed.TotalMilliseconds < 10 ? "0.0" : "0", CultureInfo.InvariantCulture);

    // Percent-decoded for reading; an address may carry anything, so control characters (a terminal escape sent to
    // the console) are shown as visible escapes, and an over-long address is cut.
    private static string Decode(string pathAndQuery)
    {
        const int MaxShown = 300;
        string text;
        try
        {
            text = Uri.UnescapeDataString(pathAndQuery.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            text = pathAndQuery;
        }
        text = ControlCharacters.Neutralize(text.ReplaceLineEndings("\\n"));
        return text.Length > MaxShown ? text[..MaxShown] + "…" : text;
    }
}
