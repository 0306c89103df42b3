using System.Text.Json.Serialization;
using Playbooks.Core.Json;
using Playbooks.Search.Analysis;
using Playbooks.Search.Querying;

namespace Playbooks.Cli.Output;

/// <summary>
/// Compile-time JSON contracts for what the native front door writes (search, show, analyze, list, lint and
/// every error object): Native AOT has no reflection-based serialiser. The managed build uses them too, so both builds write the
/// same bytes by construction; the options (names, encoder, indentation) stay <see cref="JsonDefaults.Options"/>.
/// </summary>
[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(PlaybookDocument))]
[JsonSerializable(typeof(AnalysisPreview))]
[JsonSerializable(typeof(ErrorDocument))]
[JsonSerializable(typeof(List<ListedPlaybook>))]
[JsonSerializable(typeof(LintDocument))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
