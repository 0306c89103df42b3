using System.Net;
using System.Net.Sockets;
using Playbooks.Tests.Shared;

namespace Playbooks.Site.Tests.Support;

/// <summary>
/// A tiny static file server on 127.0.0.1 (never another address) that serves a site folder under a sub-path,
/// like a team's static host would (<c>http://127.0.0.1:PORT/ops/handbook/</c>). GET only; 404 for anything else.
/// </summary>
public sealed class StaticServer : IAsyncDisposable
{
    public const string SubPath = "/ops/handbook/";

    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly Task _loop;

    public StaticServer(string root)
    {
        _root = Path.GetFullPath(root);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}{SubPath}";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The site's address, ending with '/'.</summary>
    public string BaseUrl { get; }

    private readonly List<(string Path, long Bytes)> _served = [];

    /// <summary>Every file sent so far, in order: site-relative path (no query) and the bytes of its body.</summary>
    public IReadOnlyList<(string Path, long Bytes)> Served
    {
        get
        {
            lock (_served)
                return _served.ToList();
        }
    }

    /// <summary>Forgets what was served (before the request a test measures).</summary>
    public void ClearServed()
    {
        lock (_served)
            _served.Clear();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }
            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        var file = path.StartsWith(SubPath, StringComparison.Ordinal)
            ? Path.GetFullPath(Path.Combine(_root, path[SubPath.Length..]))
            : null;
        if (file is not null && Directory.Exists(file))
            file = Path.Combine(file, "index.html");
        if (context.Request.HttpMethod != "GET" || file is null || !file.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(file))
        {
            response.StatusCode = 404;
            return;
        }
        var bytes = File.ReadAllBytes(file);
        response.ContentType = StaticContentTypes.Of(file);
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
        lock (_served)
            _served.Add((Path.GetRelativePath(_root, file).Replace('\\', '/'), bytes.Length));
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
