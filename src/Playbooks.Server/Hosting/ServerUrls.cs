using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Playbooks.Core;

namespace Playbooks.Server.Hosting;

/// <summary>
/// The <c>--urls</c> value, checked before Kestrel sees it (Kestrel throws a bare <c>InvalidOperationException</c> for
/// <c>127.0.0.1:5988</c>), and what follows from it: which host names requests may carry, and whether the server
/// listens beyond this machine.
/// </summary>
public sealed partial class ServerUrls
{
    /// <summary>Host names a browser on this machine uses for a loopback server; always accepted.</summary>
    public static readonly IReadOnlyList<string> LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    private ServerUrls(IReadOnlyList<string> hosts) => Hosts = hosts;

    /// <summary>The host of each address, as written (<c>127.0.0.1</c>, <c>[::1]</c>, <c>0.0.0.0</c>, <c>*</c>).</summary>
    public IReadOnlyList<string> Hosts { get; }

    /// <summary>
    /// True when an address binds every interface (<c>0.0.0.0</c>, <c>[::]</c>, <c>*</c>, <c>+</c>, or a host name other
    /// than localhost): other machines can connect.
    /// </summary>
    public bool ListensOnAllInterfaces => Hosts.Any(h => IsWildcard(h) || IsHostName(h));

    /// <summary>
    /// The Host header values to accept: the loopback names, the named hosts of the addresses, and
    /// <paramref name="extra"/> (<c>--allowed-hosts</c>; <c>*</c> accepts any).
    /// </summary>
    public IReadOnlyList<string> AllowedHosts(IEnumerable<string> extra) =>
        LoopbackHosts.Concat(Hosts.Where(h => !IsWildcard(h))).Concat(extra)
            .Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <param name="urls">One or more addresses separated by ';', e.g. <c>http://127.0.0.1:5080</c>.</param>
    /// <exception cref="PlaybooksException">An address is not <c>http(s)://host[:port]</c> (code <c>usage</c>).</exception>
    public static ServerUrls Parse(string urls)
    {
        var hosts = new List<string>();
        foreach (var url in urls.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var match = Address().Match(url);
            if (!match.Success || (match.Groups["port"].Success && !IsPort(match.Groups["port"].Value)))
                throw new PlaybooksException($"--urls 的值“{url}”不是有效的监听地址：要写成 协议://主机:端口",
                    "例如 --urls http://127.0.0.1:5988（多个地址用 ; 分隔）", "--urls", ErrorKind.BadValue);
            hosts.Add(match.Groups["host"].Value);
        }
        if (hosts.Count == 0)
            throw new PlaybooksException("--urls 为空", "例如 --urls http://127.0.0.1:5080", "--urls", ErrorKind.BadValue);
        return new ServerUrls(hosts);
    }

    private static bool IsWildcard(string host) => host is "0.0.0.0" or "[::]" or "*" or "+";

    // Kestrel binds any host that is neither localhost nor an IP address it can parse to every interface, as it does
    // 0.0.0.0 ("http://myhost:5080", or a mistyped "http://999.1.1.1:5080"), so the warning must cover those too.
    private static bool IsHostName(string host) =>
        !host.Equals("localhost", StringComparison.OrdinalIgnoreCase) && !IPAddress.TryParse(host.Trim('[', ']'), out _);

    private static bool IsPort(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535;

    [GeneratedRegex(@"^https?://(?<host>\[[0-9A-Fa-f:.]+\]|[^\s:/\[\]]+)(:(?<port>\d{1,5}))?/?$", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
