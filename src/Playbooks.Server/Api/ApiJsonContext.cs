using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Playbooks.Core.Json;
using Playbooks.Search.Querying;

namespace Playbooks.Server.Api;

/// <summary>
/// Compile-time JSON contracts for the search API, the server's hottest path: serialising a result list through
/// reflection metadata was about a tenth of a search request's CPU. The options stay <see cref="JsonDefaults.Compact"/>
/// (names, encoder, no indentation), so the bytes are those of <c>search --json</c> without its indentation.
/// </summary>
// Web defaults as in JsonDefaults (camelCase, fields written even when null): with the options matching, the
// serialiser takes the generated fast path, which writes each property directly instead of through converters.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SearchResponse))]
internal sealed partial class ApiJsonContext : JsonSerializerContext
{
    /// <summary>
    /// <see cref="JsonDefaults.Compact"/> resolved through this context, but without its encoder: the serialiser skips
    /// the generated fast path whenever the options name an encoder. Escaping is the writer's job anyway, and
    /// <see cref="JsonReply{T}"/>'s writer carries <see cref="JsonDefaults.Compact"/>'s encoder, so the bytes are the same.
    /// </summary>
    public static ApiJsonContext Compact { get; } = new(new JsonSerializerOptions(JsonDefaults.Compact) { Encoder = null });

    public static JsonTypeInfo<SearchResponse> SearchResponseType => Compact.SearchResponse;
}
