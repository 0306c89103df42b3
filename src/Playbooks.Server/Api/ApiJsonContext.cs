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
// Web defaults as in JsonDefaults (camelCase, nulls written): the generated handlers write the property names and
// ignore rules they were generated with, so these must be JsonDefaults' own.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SearchResponse))]
internal sealed partial class ApiJsonContext : JsonSerializerContext
{
    /// <summary><see cref="JsonDefaults.Compact"/> resolved through this context.</summary>
    public static ApiJsonContext Compact { get; } = new(new JsonSerializerOptions(JsonDefaults.Compact));

    public static JsonTypeInfo<SearchResponse> SearchResponseType => Compact.SearchResponse;
}
