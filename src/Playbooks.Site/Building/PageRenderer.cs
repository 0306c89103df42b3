using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Playbooks.Site.Components;
using Playbooks.Site.Content;

namespace Playbooks.Site.Building;

/// <summary>
/// Renders page components to HTML strings with ASP.NET Core's <see cref="HtmlRenderer"/>. One instance renders one
/// page at a time (its dispatcher serialises them); the builder runs one per core. Dispose when done.
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    public PageRenderer()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        // The default encoder escapes every non-ASCII character (&#x7FA4;): Chinese must be written as text.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All));
        _services = services.BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    /// <summary>Renders <typeparamref name="TPage"/> as the page at <paramref name="page"/>'s path.</summary>
    public Task<string> RenderAsync<TPage>(SitePage page, IDictionary<string, object?>? parameters = null) where TPage : IComponent =>
        RenderAsync(typeof(TPage), page, parameters);

    public Task<string> RenderAsync(Type component, SitePage page, IDictionary<string, object?>? parameters = null) =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var root = await _renderer.RenderComponentAsync<PageHost>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(PageHost.Page)] = page,
                [nameof(PageHost.Component)] = component,
                [nameof(PageHost.Parameters)] = parameters,
            }));
            return root.ToHtmlString();
        });

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
